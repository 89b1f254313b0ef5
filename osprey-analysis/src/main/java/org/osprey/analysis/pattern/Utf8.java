package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/**
 * Between Latin-1 strings (one char per byte, as logs are read) and the text those bytes encode in
 * UTF-8. Decoding is strict, as PCRE2's UTF check is: overlong forms, surrogates and code points
 * above U+10FFFF are invalid.
 */
final class Utf8 {
  private Utf8() {}

  /** Whether every char of {@code s} from {@code from} on is below 0x80. */
  static boolean isAscii(CharSequence s, int from) {
    for (int i = from, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The text the bytes {@code s[from..]} encode, or null when they are not valid UTF-8. */
  static @Nullable String decode(CharSequence s, int from) {
    int n = s.length();
    StringBuilder out = new StringBuilder(n - from);
    int i = from;
    while (i < n) {
      int b0 = s.charAt(i);
      if (b0 < 0x80) {
        out.append((char) b0);
        i++;
        continue;
      }
      int len;
      int cp;
      int min;
      if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
      } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
      } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
      } else {
        return null;
      }
      if (i + len > n) {
        return null;
      }
      for (int k = 1; k < len; k++) {
        int b = s.charAt(i + k);
        if ((b & 0xC0) != 0x80 || b > 0xFF) {
          return null;
        }
        cp = (cp << 6) | (b & 0x3F);
      }
      if (cp < min || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return null;
      }
      out.appendCodePoint(cp);
      i += len;
    }
    return out.toString();
  }

  /** The number of UTF-8 bytes encoding {@code text[0..end)}. */
  static int encodedLength(CharSequence text, int end) {
    int bytes = 0;
    for (int i = 0; i < end; i++) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        bytes += 1;
      } else if (ch < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(ch)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** {@code text} encoded in UTF-8, one char per byte. */
  static String toLatin1(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
