package org.osprey.transport.authd;

import java.nio.file.Path;
import java.util.Arrays;

/** Just enough DER reading to find the curve of a SEC1 {@code ECPrivateKey}. Bounded: it never reads past its input. */
final class Der {
  private Der() {}

  /**
   * The curve OID element (tag, length and content) in the {@code [0] parameters} of a SEC1 key:
   * {@code SEQUENCE { INTEGER 1, OCTET STRING, [0] OID, [1] BIT STRING }}.
   */
  static byte[] curveOf(byte[] sec1, Path file) throws TlsException {
    int[] seq = header(sec1, 0, 0x30, file);
    int at = seq[0];
    int end = seq[0] + seq[1];
    while (at < end) {
      int tag = sec1[at] & 0xff;
      int[] h = header(sec1, at, tag, file);
      if (tag == 0xa0) {
        int[] oid = header(sec1, h[0], 0x06, file);
        return Arrays.copyOfRange(sec1, h[0], oid[0] + oid[1]);
      }
      at = h[0] + h[1];
    }
    throw new TlsException(file + ": the EC key does not name its curve; convert it with `openssl pkey -in "
        + file + "` (PKCS#8)");
  }

  /** {content start, content length} of the element at {@code at}, which must have tag {@code tag}. */
  private static int[] header(byte[] b, int at, int tag, Path file) throws TlsException {
    if (at + 2 > b.length || (b[at] & 0xff) != tag) {
      throw bad(file);
    }
    int len = b[at + 1] & 0xff;
    int start = at + 2;
    if (len >= 0x80) {
      int n = len & 0x7f;
      if (n == 0 || n > 3 || start + n > b.length) {
        throw bad(file);
      }
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (b[start + i] & 0xff);
      }
      start += n;
    }
    if (start + len > b.length) {
      throw bad(file);
    }
    return new int[] {start, len};
  }

  private static TlsException bad(Path file) {
    return new TlsException(file + ": malformed EC PRIVATE KEY");
  }
}
