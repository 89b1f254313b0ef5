package org.osprey.analysis.pattern;

/**
 * OSSEC's {@code OS_WordMatch}: {@code |}-separated alternatives, each a case-insensitive substring
 * (or, with a leading {@code ^}, prefix) test; an empty alternative matches everything, an empty
 * pattern nothing. No other metacharacters.
 */
final class WordMatch {
  private WordMatch() {}

  static boolean matches(String pattern, String subject) {
    if (pattern.isEmpty()) {
      return false;
    }
    int start = 0;
    while (true) {
      int bar = pattern.indexOf('|', start);
      int end = bar < 0 ? pattern.length() : bar;
      if (alternative(pattern, start, end, subject)) {
        return true;
      }
      if (bar < 0) {
        return false;
      }
      start = bar + 1;
    }
  }

  private static boolean alternative(String p, int start, int end, String subject) {
    if (start == end) {
      return true;
    }
    if (p.charAt(start) == '^') {
      return regionEquals(subject, 0, p, start + 1, end);
    }
    int n = end - start;
    for (int at = 0; at + n <= subject.length(); at++) {
      if (regionEquals(subject, at, p, start, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionEquals(String subject, int at, String p, int start, int end) {
    if (at + (end - start) > subject.length()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (fold(subject.charAt(at + i - start)) != fold(p.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
