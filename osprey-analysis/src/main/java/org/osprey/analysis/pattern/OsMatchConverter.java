package org.osprey.analysis.pattern;

/**
 * OSSEC 4.x's translation of an OS_Match pattern into PCRE2 syntax: every PCRE2 metacharacter but
 * {@code ^ $ |} is escaped, so those three keep their PCRE2 meaning (start anchor, end anchor or
 * before a final newline, alternation) and everything else is literal.
 */
final class OsMatchConverter {
  private static final String ESCAPED = ".[]{}+?*()\\";

  private OsMatchConverter() {}

  static String toPcre2(String pattern) throws PatternException {
    if (pattern.length() > OsRegexConverter.MAX_LENGTH) {
      throw new PatternException(
          "pattern is " + pattern.length() + " bytes long; OS_Match allows " + OsRegexConverter.MAX_LENGTH);
    }
    StringBuilder out = new StringBuilder(pattern.length() + 8);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (ESCAPED.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
