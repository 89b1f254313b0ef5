package org.osprey.analysis.cdb;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** One {@code char} per byte, as Osprey keeps log text; strings with a char above 0xFF have no bytes. */
final class Latin1 {
  private Latin1() {}

  /** The bytes of {@code s}, or null when a char does not fit in one byte. */
  static byte @Nullable [] bytesOrNull(String s) {
    byte[] out = new byte[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        return null;
      }
      out[i] = (byte) c;
    }
    return out;
  }

  /** The bytes of {@code s}; a char above 0xFF is an error. */
  static byte[] bytes(String s, String what) {
    byte[] out = bytesOrNull(s);
    if (out == null) {
      throw new IllegalArgumentException(what + " has a character above U+00FF, not a Latin-1 byte");
    }
    return out;
  }

  static String string(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
