package org.osprey.text;

/** Character-class checks on ASCII text; see the package description for why they are loops. */
public final class Ascii {
  private Ascii() {}

  /** True when {@code s} is not empty and every character is {@code 0-9}. */
  public static boolean digits(CharSequence s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code s} is not empty and every character is {@code 0-9}, {@code a-f} or {@code A-F}. */
  public static boolean hex(CharSequence s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code s} is not empty and every character is an ASCII letter, a digit, or one of
   * {@code extra}: {@code name("a-b", "_-")} is {@code "a-b".matches("[A-Za-z0-9_-]+")}.
   */
  public static boolean name(CharSequence s, String extra) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && extra.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** True when some character of {@code s} is a space or a control character ({@code <= ' '}). */
  public static boolean hasSpaceOrControl(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) <= ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
