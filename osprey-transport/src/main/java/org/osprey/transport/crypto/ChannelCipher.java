package org.osprey.transport.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts and decrypts the channel's padded plaintext with one agent's 47-character key (spec §3.5, §3.6).
 * Blowfish uses all 47 bytes, CBC, the fixed IV {@code FE DC BA 98 76 54 32 10} and no padding (the
 * plaintext is already a multiple of 8). AES uses the first 32 bytes, CBC, PKCS#7 padding, and a fresh
 * 16-byte IV written in front of the ciphertext. Thread-safe: encryption uses per-thread JCE objects;
 * decryption uses this key's own, locked, so a receiver taking many agents in turn does not expand a key
 * schedule per message.
 */
public final class ChannelCipher {
  private static final IvParameterSpec BF_IV =
      new IvParameterSpec(new byte[] {(byte) 0xfe, (byte) 0xdc, (byte) 0xba, (byte) 0x98, 0x76, 0x54, 0x32, 0x10});
  private static final ThreadLocal<Cipher> BF = ThreadLocal.withInitial(() -> cipher("Blowfish/CBC/NoPadding"));
  private static final ThreadLocal<Cipher> AES = ThreadLocal.withInitial(() -> cipher("AES/CBC/PKCS5Padding"));
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

  private final SecretKeySpec bfKey;
  private final SecretKeySpec aesKey;
  /** Decrypting ciphers keyed once, created on first use; guarded by {@code this}. */
  private @Nullable Cipher aesDecrypt;
  private @Nullable Cipher bfDecrypt;

  /** @param encryptionKey the 47 ASCII bytes of the derived key */
  public ChannelCipher(byte[] encryptionKey) {
    if (encryptionKey.length < 32) {
      throw new IllegalArgumentException("key too short: " + encryptionKey.length);
    }
    this.bfKey = new SecretKeySpec(encryptionKey, "Blowfish");
    this.aesKey = new SecretKeySpec(encryptionKey, 0, 32, "AES");
  }

  private static Cipher cipher(String transformation) {
    try {
      return Cipher.getInstance(transformation);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + transformation, e);
    }
  }

  /**
   * Encrypts {@code plain} (for Blowfish a multiple of 8 bytes).
   *
   * @return Blowfish: the ciphertext; AES: IV (16 bytes) then the ciphertext
   */
  public byte[] encrypt(CipherMethod method, byte[] plain) {
    try {
      if (method == CipherMethod.BLOWFISH) {
        Cipher c = BF.get();
        c.init(Cipher.ENCRYPT_MODE, bfKey, BF_IV);
        return c.doFinal(plain);
      }
      byte[] iv = new byte[16];
      RANDOM.get().nextBytes(iv);
      Cipher c = AES.get();
      c.init(Cipher.ENCRYPT_MODE, aesKey, new IvParameterSpec(iv));
      byte[] out = new byte[16 + c.getOutputSize(plain.length)];
      System.arraycopy(iv, 0, out, 0, 16);
      int n = c.doFinal(plain, 0, plain.length, out, 16);
      return n + 16 == out.length ? out : java.util.Arrays.copyOf(out, n + 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed: " + e.getMessage(), e);
    }
  }

  /**
   * Decrypts {@code data[off, off+len)}.
   *
   * @return the plaintext, or null when the length is impossible or the padding is wrong (wrong key)
   */
  public byte @Nullable [] decrypt(CipherMethod method, byte[] data, int off, int len) {
    byte[] out = new byte[Math.max(0, len)];
    int n = decrypt(method, data, off, len, out);
    return n < 0 ? null : java.util.Arrays.copyOf(out, n);
  }

  /**
   * Decrypts {@code data[off, off+len)} into {@code out} (at least {@code len} bytes), without allocating.
   *
   * @return the plaintext's length, or -1 when the length is impossible or the padding is wrong (wrong key)
   */
  public int decrypt(CipherMethod method, byte[] data, int off, int len, byte[] out) {
    boolean bf = method == CipherMethod.BLOWFISH;
    if (bf ? len <= 0 || len % 8 != 0 : len < 32 || (len - 16) % 16 != 0) {
      return -1;
    }
    if (out.length < len) {
      throw new IllegalArgumentException("output of " + out.length + " bytes for " + len);
    }
    try {
      synchronized (this) {
        if (bf) {
          Cipher c = bfDecrypt == null ? bfDecrypt = cipher("Blowfish/CBC/NoPadding") : bfDecrypt;
          c.init(Cipher.DECRYPT_MODE, bfKey, BF_IV);
          return c.doFinal(data, off, len, out, 0);
        }
        Cipher c = aesDecrypt == null ? aesDecrypt = cipher("AES/CBC/PKCS5Padding") : aesDecrypt;
        c.init(Cipher.DECRYPT_MODE, aesKey, new IvParameterSpec(data, off, 16));
        return c.doFinal(data, off + 16, len - 16, out, 0);
      }
    } catch (GeneralSecurityException e) {
      return -1;
    }
  }
}
