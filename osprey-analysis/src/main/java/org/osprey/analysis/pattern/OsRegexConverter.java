package org.osprey.analysis.pattern;

/**
 * OSSEC 4.x's translation of an OS_Regex pattern into PCRE2 syntax (os_converter.c), reproduced
 * step by step: {@code *}/{@code +} right after an escape become lazy, the escape table, the allowed
 * literal escapes, and the post-pass that makes the last quantifier of each alternative greedy.
 */
final class OsRegexConverter {
  /** OSSEC's limit on OS_Regex and OS_Match patterns, in bytes. */
  static final int MAX_LENGTH = 2048;

  private static final String ALLOWED_ESCAPES = "t$(){}[]\\|<";

  private OsRegexConverter() {}

  /** The PCRE2 pattern OSSEC compiles for {@code pattern}. */
  static String toPcre2(String pattern) throws PatternException {
    if (pattern.length() > MAX_LENGTH) {
      throw new PatternException(
          "pattern is " + pattern.length() + " bytes long; OS_Regex allows " + MAX_LENGTH);
    }
    StringBuilder out = new StringBuilder(pattern.length() * 2);
    int n = pattern.length();
    int i = 0;
    while (i < n) {
      char c = pattern.charAt(i);
      if ((c == '*' || c == '+') && i >= 2 && pattern.charAt(i - 2) == '\\') {
        out.append(c).append('?');
        i++;
        continue;
      }
      String replacement = replacement(pattern, i);
      if (replacement != null) {
        out.append(replacement);
        i += c == '\\' ? 2 : 1;
        continue;
      }
      if (c == '\\' && i + 1 < n) {
        char e = pattern.charAt(i + 1);
        if (ALLOWED_ESCAPES.indexOf(e) < 0) {
          throw new PatternException(
              "invalid escape \\" + e + " at offset " + i
                  + " (OS_Regex allows \\w \\W \\d \\D \\s \\S \\p \\. and \\t \\$ \\( \\) \\{ \\} \\[ \\] \\\\ \\| \\<)");
        }
        out.append(c).append(e);
        i += 2;
        continue;
      }
      out.append(c);
      i++;
    }
    return greedyLast(out);
  }

  private static @org.jspecify.annotations.Nullable String replacement(String p, int i) {
    char c = p.charAt(i);
    if (c == '\\' && i + 1 < p.length()) {
      return switch (p.charAt(i + 1)) {
        case 'p' -> "[()*+,.:;\\<=>?\\[\\]!\"'#%&$|{}-]";
        case 's' -> "[ ]";
        case 'W' -> "[^A-Za-z0-9@_-]";
        case 'w' -> "[A-Za-z0-9@_-]";
        case 'd' -> "[0-9]";
        case 'D' -> "[^0-9]";
        case 'S' -> "[^ ]";
        case '.' -> "(?s:.)";
        default -> null;
      };
    }
    return switch (c) {
      case '$' -> "(?!\\n)$";
      case '.' -> "\\.";
      case '[' -> "\\[";
      case ']' -> "\\]";
      case '{' -> "\\{";
      case '}' -> "\\}";
      case '+' -> "\\+";
      case '?' -> "\\?";
      case '*' -> "\\*";
      default -> null;
    };
  }

  /**
   * Drops the {@code ?} of every {@code +?}/{@code *?} not preceded by a backslash and followed by
   * zero or more {@code )} and then {@code |}, {@code $} or the end.
   */
  private static String greedyLast(StringBuilder s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      out.append(c);
      if ((c == '+' || c == '*')
          && i + 1 < n
          && s.charAt(i + 1) == '?'
          && (i == 0 || s.charAt(i - 1) != '\\')) {
        int k = i + 2;
        while (k < n && s.charAt(k) == ')') {
          k++;
        }
        if (k == n || s.charAt(k) == '|' || s.charAt(k) == '$') {
          i++;
        }
      }
    }
    return out.toString();
  }
}
