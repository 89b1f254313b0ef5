/**
 * OSSEC's three pattern dialects, compiled once at load: OS_Regex and OS_Match (translated the way
 * OSSEC 4.x translates them, with its optimised literal paths) and PCRE2 (run on {@code java.util.regex}
 * with bytes as Latin-1 and ASCII case folding). Patterns that could run in super-linear time are
 * detected at load and run on RE2/J or under a work budget, so a user's rule cannot stall the engine.
 *
 * <p>Subjects are Latin-1 strings: one {@code char} per byte of the original log.
 *
 * <p>Pipeline: {@link Patterns} converts OS_Regex/OS_Match to PCRE2 syntax (or takes PCRE2 as is),
 * tries the literal fast path, then {@link Pcre2Parser} builds a {@link Node} tree with PCRE2 10.42's
 * reading of every construct, {@link RiskAnalyzer} looks for super-linear shapes, and {@link Emitter}
 * writes the tree for the chosen engine with every class as an explicit, already case-folded set.
 *
 * <p>Allocation: compiled patterns are immutable; each keeps one matcher per thread in a
 * {@link ThreadLocal} (chosen over a caller-supplied context so callers need no engine-specific
 * state), so a search allocates only the capture strings, plus one decoded string for non-ASCII
 * subjects of OS_Regex/OS_Match.
 *
 * <p>Known differences from PCRE2, none reachable from the stock ruleset: on the JDK, a capture made
 * inside an atomic group, a possessive repeat or a positive lookaround can survive when the match
 * later backtracks past it within the same start position (PCRE2 unsets it), and a backreference
 * reads that value; PCRE2's auto-possessification quirk ({@link AutoPossess}) is reproduced only for
 * items in the same sequence; Unicode case folding follows the JDK's Unicode version; a search that
 * overflows the JDK's stack and has no RE2/J equivalent counts as no match.
 */
@NullMarked
package org.osprey.analysis.pattern;

import org.jspecify.annotations.NullMarked;
