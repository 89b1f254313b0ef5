/**
 * Decoders, as OSSEC's {@code decode-xml.c}, {@code decoders_list.c} and {@code decoder.c}: XML
 * decoders become two ordered lists (events with and without a program name), each top-level decoder
 * with its children and multi-regex chains; decoding fills an event's standard and dynamic fields.
 */
@NullMarked
package org.osprey.analysis.decoder;

import org.jspecify.annotations.NullMarked;
