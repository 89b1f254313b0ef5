package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.pattern.OsPattern.Dialect;
import org.osprey.analysis.pattern.OsPattern.Engine;

/**
 * Compiles OSSEC patterns. Each method returns an immutable, thread-safe pattern or throws a
 * {@link PatternException} saying why OSSEC would refuse it; no other exception.
 */
public final class Patterns {
  private Patterns() {}

  /** An OS_Regex pattern (decoder {@code regex}/{@code prematch}, rule {@code regex}, ...). */
  public static OsPattern osRegex(String pattern) throws PatternException {
    return compile(Dialect.OS_REGEX, pattern);
  }

  /** An OS_Match pattern (rule {@code match}, {@code user}, {@code program_name}, ...). */
  public static OsPattern osMatch(String pattern) throws PatternException {
    return compile(Dialect.OS_MATCH, pattern);
  }

  /** A PCRE2 pattern (every {@code *_pcre2} element), caseless, per byte. */
  public static OsPattern pcre2(String pattern) throws PatternException {
    return compile(Dialect.PCRE2, pattern);
  }

  /** A pattern of {@code dialect}, on the engine OSSEC's rules and the risk analysis choose. */
  public static OsPattern compile(Dialect dialect, String pattern) throws PatternException {
    return compile(dialect, pattern, null);
  }

  /**
   * A pattern of {@code dialect} forced onto {@code engine}, for tests that compare engines. Throws
   * when that engine cannot run it with OSSEC's semantics (LITERAL for a non-literal, RE2J for a
   * pattern with backreferences or lookaround, ...).
   */
  public static OsPattern compile(Dialect dialect, String pattern, @Nullable Engine engine)
      throws PatternException {
    if (dialect == Dialect.OS_MATCH && pattern.isEmpty()) {
      if (engine != null && engine != Engine.LITERAL) {
        throw new PatternException("the empty OS_Match pattern only runs as LITERAL");
      }
      return LiteralPattern.matchEverything();
    }
    String pcre2 =
        switch (dialect) {
          case OS_REGEX -> OsRegexConverter.toPcre2(pattern);
          case OS_MATCH -> OsMatchConverter.toPcre2(pattern);
          case PCRE2 -> pattern;
        };
    if (engine == null || engine == Engine.LITERAL) {
      LiteralPattern literal =
          dialect == Dialect.OS_MATCH
              ? LiteralPattern.forMatch(pattern)
              : LiteralPattern.forRegex(dialect, pattern);
      if (literal != null) {
        return literal;
      }
    }
    return RegexCompiler.compile(dialect, pattern, pcre2, dialect != Dialect.PCRE2, engine);
  }

  /**
   * OSSEC's {@code OS_WordMatch}, used for {@code if_group} when rules load: {@code |}-separated
   * case-insensitive substring tests, {@code ^} for a prefix; an empty alternative matches anything,
   * an empty pattern nothing.
   */
  public static boolean wordMatch(String pattern, String subject) {
    return WordMatch.matches(pattern, subject);
  }

  /** The PCRE2 pattern OSSEC 4.x translates an OS_Regex pattern into. */
  public static String osRegexToPcre2(String pattern) throws PatternException {
    return OsRegexConverter.toPcre2(pattern);
  }

  /** The PCRE2 pattern OSSEC 4.x translates an OS_Match pattern into. */
  public static String osMatchToPcre2(String pattern) throws PatternException {
    return OsMatchConverter.toPcre2(pattern);
  }
}
