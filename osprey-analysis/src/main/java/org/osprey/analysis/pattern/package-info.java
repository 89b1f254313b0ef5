/**
 * OSSEC's three pattern dialects, compiled once at load: OS_Regex and OS_Match (translated the way
 * OSSEC 4.x translates them, with its optimised literal paths) and PCRE2 (run on {@code java.util.regex}
 * with bytes as Latin-1 and ASCII case folding). Patterns that could run in super-linear time are
 * detected at load and run on RE2/J or under a work budget, so a user's rule cannot stall the engine.
 *
 * <p>Subjects are Latin-1 strings: one {@code char} per byte of the original log.
 */
@NullMarked
package org.osprey.analysis.pattern;

import org.jspecify.annotations.NullMarked;
