/**
 * Problems found while loading decoders, rules and lists. Loading goes on after a problem so that
 * every problem of a ruleset is reported at once, each with its file and line.
 */
@NullMarked
package org.osprey.analysis.load;

import org.jspecify.annotations.NullMarked;
