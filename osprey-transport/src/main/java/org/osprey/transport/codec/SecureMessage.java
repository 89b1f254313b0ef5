package org.osprey.transport.codec;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A decrypted, checked message of the channel.
 *
 * @param random the 5-digit noise field
 * @param counter the sender's counter pair
 * @param payload the message bytes (an event {@code Q:location:text} or a control message {@code #!-...})
 */
public record SecureMessage(int random, Counter counter, byte[] payload) {
  public SecureMessage {
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(payload, "payload");
  }

  /** The payload as Latin-1 text (bytes map one to one). */
  public String text() {
    return new String(payload, StandardCharsets.ISO_8859_1);
  }
}
