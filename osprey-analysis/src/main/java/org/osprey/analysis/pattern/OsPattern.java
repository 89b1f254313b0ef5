package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/**
 * A compiled OSSEC pattern. Matching is an unanchored, case-insensitive search (as in OSSEC) unless
 * the pattern anchors itself. Implementations are immutable and safe to share between threads.
 */
public interface OsPattern {

  /** The dialect the pattern was written in. */
  Dialect dialect();

  /** The pattern as written in the rule or decoder. */
  String source();

  /** Which engine runs it, for the load report. */
  Engine engine();

  /**
   * Why it runs on that engine, for the load report: e.g. {@code "literal prefix"}, or
   * {@code "nested quantifier (a+)+ — runs on RE2/J"}; empty for an ordinary JDK pattern.
   */
  String engineNote();

  /**
   * Searches abandoned because they exceeded the work budget (or the stack) and were counted as no
   * match; always 0 except on {@link Engine#JDK_BOUNDED} (and the JDK fallback behind
   * {@link Engine#RE2J} and {@link Engine#JDK}, which guard against stack overflow only).
   */
  default long abortedSearches() {
    return 0;
  }

  /** Whether {@code subject} contains a match (search from the start). */
  boolean test(CharSequence subject);

  /**
   * Searches {@code subject} from {@code from}; returns the end offset of the match (relative to the
   * whole subject), or -1 when there is none. When {@code captures} is not null it is cleared and
   * filled with the compacted captures.
   *
   * <p>As in OSSEC, which hands the engine a pointer into the string, {@code subject[from..]} is the
   * whole subject for the search: {@code ^} matches at {@code from} and lookbehind cannot see before
   * it. Subjects are Latin-1 strings (one char per byte); chars above 0xFF never match a byte.
   */
  int find(CharSequence subject, int from, @Nullable Captures captures);

  /**
   * A literal every match starts with, ASCII lower-cased, when the pattern is anchored at the start
   * of the subject; null when none is known. A subject whose first characters differ (ignoring ASCII
   * case) cannot match, so callers may skip the pattern. Only meaningful for subjects whose first
   * character is ASCII: in UTF mode a non-ASCII character can fold to an ASCII one.
   */
  default @Nullable String requiredPrefix() {
    return null;
  }

  /** The pattern dialects OSSEC rules and decoders use. */
  enum Dialect {
    OS_REGEX,
    OS_MATCH,
    PCRE2
  }

  /** What executes a pattern. */
  enum Engine {
    /** Optimised literal comparison (equality, prefix, suffix), as OSSEC's fast path. */
    LITERAL,
    /** {@code java.util.regex}. */
    JDK,
    /**
     * RE2/J, linear time, for patterns that could backtrack catastrophically. A search first runs on
     * {@code java.util.regex} under a small work budget, which ordinary subjects never spend; RE2/J
     * answers the ones that would.
     */
    RE2J,
    /** {@code java.util.regex} under a work budget (constructs RE2/J lacks, e.g. backreferences). */
    JDK_BOUNDED
  }
}
