package org.osprey.transport.codec;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.crypto.CipherMethod;

/**
 * The clear part of a datagram: the optional {@code !id!} and the cipher tag (spec §3.2).
 *
 * @param agentId the id between the {@code !}s, or null when absent
 * @param method {@link CipherMethod#AES} for {@code #AES:}, else Blowfish
 * @param cipherOffset where the ciphertext (for AES, the IV) starts
 */
public record DatagramHeader(@Nullable String agentId, CipherMethod method, int cipherOffset) {
  /** Largest datagram read (OS_MAXSTR). */
  public static final int MAX_DATAGRAM = 6144;

  /** Parses the header of {@code data[0, len)}. */
  public static DatagramHeader parse(byte[] data, int len) throws CodecException {
    if (len < 2 || len > MAX_DATAGRAM) {
      throw new CodecException(CodecException.Reason.FRAMING, "datagram of " + len + " bytes");
    }
    int pos = 0;
    String id = null;
    if (data[0] == '!') {
      int end = 1;
      while (end < len && end <= 9 && data[end] >= '0' && data[end] <= '9') {
        end++;
      }
      if (end == 1 || end >= len || data[end] != '!' || end > 9) {
        throw new CodecException(CodecException.Reason.HEADER, "malformed !id! header");
      }
      id = new String(data, 1, end - 1, StandardCharsets.US_ASCII);
      pos = end + 1;
    }
    CipherMethod method = CipherMethod.BLOWFISH;
    if (len - pos >= 4 && data[pos] == '#' && data[pos + 1] == 'A' && data[pos + 2] == 'E' && data[pos + 3] == 'S') {
      method = CipherMethod.AES;
      pos += 4;
    }
    if (pos >= len || data[pos] != ':') {
      throw new CodecException(CodecException.Reason.FRAMING, "no ':' before the ciphertext");
    }
    pos++;
    if (pos >= len) {
      throw new CodecException(CodecException.Reason.FRAMING, "no ciphertext");
    }
    return new DatagramHeader(id, method, pos);
  }
}
