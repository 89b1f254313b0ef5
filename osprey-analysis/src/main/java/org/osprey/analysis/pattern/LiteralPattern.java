package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/**
 * OSSEC's optimised path for anchored literals: {@code ^lit$} is equality, {@code ^lit} a prefix test,
 * {@code lit$} a suffix test, all comparing bytes with ASCII case folding only. No captures; the end
 * of a match is the end of the literal (equality, prefix) or of the subject (suffix).
 */
final class LiteralPattern implements OsPattern {
  /** OS_Regex and PCRE2 optimise only literals made of these characters. */
  private static final String REGEX_LITERAL_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 !\"#%&',/:;<=>@_`~-";

  /** How the literal is compared. */
  enum Kind {
    EQUALS,
    PREFIX,
    SUFFIX
  }

  private final Dialect dialect;
  private final String source;
  private final String literal;
  private final Kind kind;

  LiteralPattern(Dialect dialect, String source, String literal, Kind kind) {
    this.dialect = dialect;
    this.source = source;
    this.literal = literal;
    this.kind = kind;
  }

  @Override
  public @Nullable String requiredPrefix() {
    return kind == Kind.SUFFIX || literal.isEmpty() ? null : Prefilter.lowerAscii(literal);
  }

  /** The optimised form of an OS_Regex or PCRE2 pattern, or null if it has none. */
  static @Nullable LiteralPattern forRegex(Dialect dialect, String pattern) {
    int start = pattern.startsWith("^") ? 1 : 0;
    int end = pattern.length();
    if (end > start && pattern.charAt(end - 1) == '$') {
      end--;
    }
    for (int i = start; i < end; i++) {
      if (REGEX_LITERAL_CHARS.indexOf(pattern.charAt(i)) < 0) {
        return null;
      }
    }
    return anchored(dialect, pattern, start, end);
  }

  /** The optimised form of an OS_Match pattern ({@code ^\^?[^$|^]+\$?$}, anchored), or null. */
  static @Nullable LiteralPattern forMatch(String pattern) {
    int start = pattern.startsWith("^") ? 1 : 0;
    int end = pattern.length();
    if (end > start && pattern.charAt(end - 1) == '$') {
      end--;
    }
    if (end <= start) {
      return null;
    }
    for (int i = start; i < end; i++) {
      char c = pattern.charAt(i);
      if (c == '$' || c == '|' || c == '^') {
        return null;
      }
    }
    return anchored(Dialect.OS_MATCH, pattern, start, end);
  }

  private static @Nullable LiteralPattern anchored(Dialect d, String pattern, int start, int end) {
    boolean head = start == 1;
    boolean tail = end < pattern.length();
    if (!head && !tail) {
      return null;
    }
    Kind kind = head && tail ? Kind.EQUALS : head ? Kind.PREFIX : Kind.SUFFIX;
    return new LiteralPattern(d, pattern, pattern.substring(start, end), kind);
  }

  /** OS_Match's empty pattern, which matches every subject. */
  static LiteralPattern matchEverything() {
    return new LiteralPattern(Dialect.OS_MATCH, "", "", Kind.PREFIX);
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public Engine engine() {
    return Engine.LITERAL;
  }

  @Override
  public String engineNote() {
    return switch (kind) {
      case EQUALS -> "literal equality";
      case PREFIX -> "literal prefix";
      case SUFFIX -> "literal suffix";
    };
  }

  @Override
  public boolean test(CharSequence subject) {
    return find(subject, 0, null) >= 0;
  }

  @Override
  public int find(CharSequence subject, int from, @Nullable Captures captures) {
    if (captures != null) {
      captures.clear();
    }
    int len = subject.length();
    int n = literal.length();
    switch (kind) {
      case EQUALS:
        return len - from == n && regionMatches(subject, from) ? len : -1;
      case PREFIX:
        return len - from >= n && regionMatches(subject, from) ? from + n : -1;
      default:
        return len - from >= n && regionMatches(subject, len - n) ? len : -1;
    }
  }

  private boolean regionMatches(CharSequence subject, int at) {
    for (int i = 0, n = literal.length(); i < n; i++) {
      if (fold(subject.charAt(at + i)) != fold(literal.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
