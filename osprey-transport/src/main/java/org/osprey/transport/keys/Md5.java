package org.osprey.transport.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MD5 as OSSEC prints it: 32 lowercase hex characters. */
public final class Md5 {
  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private Md5() {}

  /** A fresh MD5 digest (JCE always has MD5). */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no MD5", e);
    }
  }

  /** md5hex of {@code data[off, off+len)} as ASCII bytes. */
  public static byte[] hexBytes(byte[] data, int off, int len) {
    MessageDigest md = digest();
    md.update(data, off, len);
    return hexOf(md.digest());
  }

  /** md5hex of {@code data}. */
  public static String hex(byte[] data) {
    return new String(hexBytes(data, 0, data.length), java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** The lowercase ASCII hex digit of the low four bits of {@code v}. */
  public static byte hexDigit(int v) {
    return HEX[v & 0xf];
  }

  /** Lowercase hex of raw bytes, as ASCII. */
  public static byte[] hexOf(byte[] raw) {
    byte[] out = new byte[raw.length * 2];
    for (int i = 0; i < raw.length; i++) {
      out[2 * i] = HEX[(raw[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[raw[i] & 0xf];
    }
    return out;
  }
}
