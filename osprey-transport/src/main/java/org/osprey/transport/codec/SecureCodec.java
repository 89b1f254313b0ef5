package org.osprey.transport.codec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.crypto.ChannelCipher;
import org.osprey.transport.crypto.CipherMethod;
import org.osprey.transport.keys.Md5;

/**
 * The secure message format (spec §3.3, §3.4, §3.7): {@code md5hex(body) body}, body =
 * {@code RRRRR GGGGGGGGGG ":" LLLL ":" payload}, zlib level 9, {@code !} padding to a multiple of 8, then
 * the cipher. Pure functions; thread-safe.
 */
public final class SecureCodec {
  /** Largest payload a sender may encrypt (OS_MAXSTR − OS_HEADER_SIZE). */
  public static final int MAX_PAYLOAD = 6016;

  /** Largest inflated message accepted (OS_MAXSTR). */
  public static final int MAX_INFLATED = 6144;

  private static final int BODY_HEADER = 21;

  private SecureCodec() {}

  /**
   * Builds a datagram.
   *
   * @param agentId the id to put in an {@code !id!} header, or null for none
   * @param random the noise value, 0…65535
   * @throws CodecException ({@link CodecException.Reason#TOO_LARGE}) when the payload exceeds 6016 bytes
   */
  public static byte[] seal(ChannelCipher cipher, CipherMethod method, @Nullable String agentId, Counter counter,
      byte[] payload, int random) throws CodecException {
    if (payload.length > MAX_PAYLOAD) {
      throw new CodecException(CodecException.Reason.TOO_LARGE,
          "payload of " + payload.length + " bytes (at most " + MAX_PAYLOAD + ")");
    }
    byte[] inner = new byte[32 + BODY_HEADER + payload.length];
    // "%05d%010d:%04d:" of random, global and local, written in place (no java.util.Formatter).
    digits(inner, 32, 5, random & 0xffff);
    digits(inner, 37, 10, counter.global());
    inner[47] = ':';
    digits(inner, 48, 4, counter.local());
    inner[52] = ':';
    System.arraycopy(payload, 0, inner, 32 + BODY_HEADER, payload.length);
    byte[] sum = Md5.hexBytes(inner, 32, inner.length - 32);
    System.arraycopy(sum, 0, inner, 0, 32);
    byte[] z = Zlib.compress(inner);
    int pad = (8 - (z.length + 1) % 8) % 8;
    byte[] plain = new byte[pad + 1 + z.length];
    Arrays.fill(plain, 0, pad + 1, (byte) '!');
    System.arraycopy(z, 0, plain, pad + 1, z.length);
    byte[] enc = cipher.encrypt(method, plain);
    byte[] idHead = agentId == null ? new byte[0] : ("!" + agentId + "!").getBytes(StandardCharsets.US_ASCII);
    byte[] tag = method.tag();
    byte[] out = new byte[idHead.length + tag.length + enc.length];
    System.arraycopy(idHead, 0, out, 0, idHead.length);
    System.arraycopy(tag, 0, out, idHead.length, tag.length);
    System.arraycopy(enc, 0, out, idHead.length + tag.length, enc.length);
    return out;
  }

  /** Writes {@code v} (which has at most {@code width} digits) as {@code width} zero-padded ASCII digits. */
  private static void digits(byte[] out, int at, int width, long v) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
  }

  /**
   * Opens the ciphertext {@code data[off, off+len)} (after the header, see {@link DatagramHeader}).
   * Counters are not checked here: see {@link ReplayGuard}.
   */
  public static SecureMessage open(ChannelCipher cipher, CipherMethod method, byte[] data, int off, int len)
      throws CodecException {
    Scratch sc = SCRATCH.get();
    byte[] plain = sc.plain;
    int n = len < 0 || len > plain.length ? -1 : cipher.decrypt(method, data, off, len, plain);
    if (n <= 0) {
      throw new CodecException(CodecException.Reason.DECRYPT, "cannot decrypt (wrong key?)");
    }
    if (plain[0] == ':') {
      throw new CodecException(CodecException.Reason.LEGACY, "legacy uncompressed format");
    }
    if (plain[0] != '!') {
      throw new CodecException(CodecException.Reason.DECRYPT, "decrypted data has no '!' (wrong key?)");
    }
    int p = 0;
    while (p < n && plain[p] == '!') {
      p++;
    }
    byte[] inner = sc.inner;
    int size = Zlib.inflate(plain, p, n - p, inner, MAX_INFLATED);
    if (size < 32 + BODY_HEADER) {
      throw new CodecException(CodecException.Reason.FORMAT, "message of " + size + " bytes");
    }
    if (!sc.md5Matches(inner, size)) {
      throw new CodecException(CodecException.Reason.CHECKSUM, "md5 mismatch");
    }
    long random = digits(inner, 32, 5);
    long global = digits(inner, 37, 10);
    long local = digits(inner, 48, 4);
    if (random < 0 || global < 0 || local < 0 || inner[47] != ':' || inner[52] != ':' || global > 0xffffffffL) {
      throw new CodecException(CodecException.Reason.FORMAT, "malformed counter fields");
    }
    return new SecureMessage((int) random, new Counter(global, (int) local),
        Arrays.copyOfRange(inner, 32 + BODY_HEADER, size));
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** One thread's buffers for {@link #open}: the plaintext, the inflated message and its MD5. */
  private static final class Scratch {
    final byte[] plain = new byte[DatagramHeader.MAX_DATAGRAM + 16];
    final byte[] inner = new byte[MAX_INFLATED + 1];
    final MessageDigest md5 = Md5.digest();
    final byte[] raw = new byte[16];

    /** Whether the first 32 bytes of {@code inner} are the md5hex of the rest (compared in constant time). */
    boolean md5Matches(byte[] msg, int size) {
      md5.update(msg, 32, size - 32);
      try {
        md5.digest(raw, 0, 16);
      } catch (java.security.DigestException e) {
        throw new IllegalStateException(e);
      }
      int diff = 0;
      for (int i = 0; i < 16; i++) {
        diff |= (msg[2 * i] ^ Md5.hexDigit(raw[i] >> 4)) | (msg[2 * i + 1] ^ Md5.hexDigit(raw[i]));
      }
      return diff == 0;
    }
  }

  private static long digits(byte[] b, int off, int n) {
    long v = 0;
    for (int i = off; i < off + n; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return -1;
      }
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }
}
