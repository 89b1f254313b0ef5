package org.osprey.analysis.output;

/**
 * JSON string literals (RFC 8259) for Osprey's strings, which carry one byte per {@code char}
 * (Latin-1).
 *
 * <p>Log text is usually UTF-8 on the wire, so bytes are read back as UTF-8 where they can be: a
 * well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF)
 * becomes its code point, written as itself (the JSON files are UTF-8). A byte that does not start
 * a well-formed sequence is written as <code>&#92;u00XX</code>, that is, as the Latin-1 character
 * of the same value, so nothing is lost or replaced and every line is valid UTF-8 and valid JSON.
 * The mapping is not invertible (a lone byte {@code E9} and the pair {@code C3 A9} both read back
 * as U+00E9); the byte-exact text stays in alerts.log and archives.log. Characters above U+00FF
 * (text that never was bytes, such as a configured name) are written as they are, except lone
 * surrogates, which are escaped.
 */
final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** Appends {@code s} as a quoted JSON string. */
  static void quote(CharSequence s, StringBuilder out) {
    out.append('"');
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80) {
        ascii(c, out);
        i++;
      } else if (c <= 0xFF) {
        int len = utf8Length(s, i);
        if (len == 0) {
          escape(c, out);
          i++;
        } else {
          out.appendCodePoint(decode(s, i, len));
          i += len;
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(i + 1));
        i += 2;
      } else {
        if (Character.isSurrogate(c)) {
          escape(c, out);
        } else {
          out.append(c);
        }
        i++;
      }
    }
    out.append('"');
  }

  private static void ascii(char c, StringBuilder out) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> {
        if (c < 0x20) {
          escape(c, out);
        } else {
          out.append(c);
        }
      }
    }
  }

  private static void escape(char c, StringBuilder out) {
    out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
        .append(HEX[c & 15]);
  }

  /**
   * The length (2 to 4) of the well-formed UTF-8 sequence whose bytes are the chars of {@code s}
   * from {@code i}, or 0 when there is none (RFC 3629, section 4).
   */
  static int utf8Length(CharSequence s, int i) {
    int b0 = s.charAt(i);
    int len;
    int lo = 0x80;
    int hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3;
      if (b0 == 0xE0) {
        lo = 0xA0;
      } else if (b0 == 0xED) {
        hi = 0x9F;
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4;
      if (b0 == 0xF0) {
        lo = 0x90;
      } else if (b0 == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return 0;
    }
    if (i + len > s.length()) {
      return 0;
    }
    int b1 = s.charAt(i + 1);
    if (b1 < lo || b1 > hi) {
      return 0;
    }
    for (int k = 2; k < len; k++) {
      int b = s.charAt(i + k);
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    return len;
  }

  private static int decode(CharSequence s, int i, int len) {
    int cp = s.charAt(i) & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      cp = (cp << 6) | (s.charAt(i + k) & 0x3F);
    }
    return cp;
  }
}
