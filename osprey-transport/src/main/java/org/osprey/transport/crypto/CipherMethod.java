package org.osprey.transport.crypto;

import java.nio.charset.StandardCharsets;

/** The agent channel's two ciphers and their datagram tags (spec §3.2). */
public enum CipherMethod {
  /** Blowfish-CBC, fixed IV; tag {@code :}. Every OSSEC version. */
  BLOWFISH(":"),
  /** AES-256-CBC, random IV in front; tag {@code #AES:}. OSSEC 4.x's default. */
  AES("#AES:");

  private final byte[] tag;

  CipherMethod(String tag) {
    this.tag = tag.getBytes(StandardCharsets.US_ASCII);
  }

  /** The bytes in front of the ciphertext. */
  public byte[] tag() {
    return tag.clone();
  }

  /** Length of {@link #tag()}. */
  public int tagLength() {
    return tag.length;
  }

  /** The name OSSEC writes in agent-info ({@code aes} or {@code blowfish}). */
  public String ossecName() {
    return this == AES ? "aes" : "blowfish";
  }
}
