package org.osprey.analysis.internal;

/**
 * The permission field of a syscheck checksum: {@code st_mode} as decimal text (or octal when it has
 * exactly three characters), shown ls-style as OSSEC's {@code agent_file_perm} does.
 */
final class Permissions {
  private Permissions() {}

  /**
   * The nine-character ls-style form: {@code rwxr-xr-x}; setuid/setgid show {@code s} and the
   * sticky bit {@code t} in place of the execute letter (lower case even without execute, as OSSEC).
   */
  static String lsStyle(String perm) {
    long mode = strtoul(perm, perm.length() == 3 ? 8 : 10) & 0xffffffffL;
    char[] p = new char[9];
    p[0] = (mode & 0400) != 0 ? 'r' : '-';
    p[1] = (mode & 0200) != 0 ? 'w' : '-';
    p[2] = (mode & 04000) != 0 ? 's' : (mode & 0100) != 0 ? 'x' : '-';
    p[3] = (mode & 040) != 0 ? 'r' : '-';
    p[4] = (mode & 020) != 0 ? 'w' : '-';
    p[5] = (mode & 02000) != 0 ? 's' : (mode & 010) != 0 ? 'x' : '-';
    p[6] = (mode & 04) != 0 ? 'r' : '-';
    p[7] = (mode & 02) != 0 ? 'w' : '-';
    p[8] = (mode & 01000) != 0 ? 't' : (mode & 01) != 0 ? 'x' : '-';
    return new String(p);
  }

  /** C's {@code atoi} as glibc has it: {@code (int) strtol(s, NULL, 10)}. */
  static int atoi(String s) {
    int i = skipSpace(s);
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long v = 0;
    boolean overflow = false;
    for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
      int d = s.charAt(i) - '0';
      if (!overflow && v > (Long.MAX_VALUE - d) / 10) {
        overflow = true;
      }
      if (!overflow) {
        v = v * 10 + d;
      }
    }
    long l = overflow ? (negative ? Long.MIN_VALUE : Long.MAX_VALUE) : negative ? -v : v;
    return (int) l;
  }

  /**
   * C's {@code strtoul(s, NULL, base)} on a 64-bit platform: leading space, an optional sign (a
   * minus negates modulo 2^64), digits of the base; {@code ULONG_MAX} (all bits) on overflow.
   */
  static long strtoul(String s, int base) {
    int i = skipSpace(s);
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long v = 0;
    for (; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), base);
      if (d < 0 || s.charAt(i) > 'z') {
        break;
      }
      long max = Long.divideUnsigned(-1L - d, base);
      if (Long.compareUnsigned(v, max) > 0) {
        return -1L;
      }
      v = v * base + d;
    }
    return negative ? -v : v;
  }

  private static int skipSpace(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
