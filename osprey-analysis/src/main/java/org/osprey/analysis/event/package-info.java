/**
 * The event as it moves through analysis: what pre-decoding, decoding and rule matching read and set.
 * An {@link org.osprey.analysis.event.Event} is mutable while one thread decodes and matches it, then
 * is only read (correlation keeps past events for their rules' timeframes).
 */
@NullMarked
package org.osprey.analysis.event;

import org.jspecify.annotations.NullMarked;
