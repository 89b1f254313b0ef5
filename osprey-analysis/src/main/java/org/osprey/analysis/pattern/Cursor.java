package org.osprey.analysis.pattern;

/** A position in a pattern's code points, with PCRE2-style error reporting. */
final class Cursor {
  private final int[] cps;
  int pos;

  Cursor(String pattern) {
    this.cps = pattern.codePoints().toArray();
  }

  boolean atEnd() {
    return pos >= cps.length;
  }

  /** The code point at {@code pos + ahead}, or -1 past the end. */
  int peek(int ahead) {
    int i = pos + ahead;
    return i < cps.length ? cps[i] : -1;
  }

  int peek() {
    return peek(0);
  }

  int next() {
    return cps[pos++];
  }

  /** Whether the text at {@code pos} starts with {@code s} (ASCII). */
  boolean lookingAt(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (peek(i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Consumes {@code s} if the text at {@code pos} starts with it. */
  boolean eat(String s) {
    if (lookingAt(s)) {
      pos += s.length();
      return true;
    }
    return false;
  }

  /** The text between two positions, for messages. */
  String text(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, cps.length); i++) {
      sb.appendCodePoint(cps[i]);
    }
    return sb.toString();
  }

  PatternException error(String message) {
    return error(pos, message);
  }

  PatternException error(int at, String message) {
    return new PatternException(message + " at offset " + at);
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiAlnum(int c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  static int hexValue(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
