package org.osprey.transport.syslog;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.osprey.queue.QueueMessage;

/**
 * Turns one syslog message into a queue message (spec §5.5): a leading {@code <PRI>} is removed, CR and
 * trailing LF are dropped, NUL ends the text (as C sees it), the text is cut at {@link #MAX_MESSAGE}, and the
 * location is the sender's address. Pure; thread-safe.
 */
public final class SyslogCodec {
  /** The most bytes kept of one message (OS_MAXSTR − 2 for the queue's {@code 2:} and a NUL). */
  public static final int MAX_MESSAGE = 6140;

  private SyslogCodec() {}

  /**
   * The queue message for {@code data[off, off+len)} from {@code sender}, or null for an empty message.
   */
  public static @Nullable QueueMessage decode(byte[] data, int off, int len, String sender) {
    int end = off + len;
    for (int i = off; i < end; i++) {
      if (data[i] == 0) {
        end = i;
        break;
      }
    }
    int p = off;
    if (p < end && data[p] == '<') {
      int q = p + 1;
      while (q < end && q - p <= 4 && data[q] >= '0' && data[q] <= '9') {
        q++;
      }
      if (q < end && data[q] == '>' && q > p + 1) {
        p = q + 1;
      }
    }
    StringBuilder sb = new StringBuilder(Math.min(end - p, MAX_MESSAGE));
    for (int i = p; i < end && sb.length() < MAX_MESSAGE; i++) {
      byte b = data[i];
      if (b == '\r' || (b == '\n' && i == end - 1)) {
        continue;
      }
      sb.append((char) (b & 0xff));
    }
    if (sb.isEmpty()) {
      return null;
    }
    return new QueueMessage(QueueMessage.SYSLOG, sender, sb.toString());
  }

  /** Convenience for tests: decodes a string (Latin-1). */
  public static @Nullable QueueMessage decode(String text, String sender) {
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    return decode(b, 0, b.length, sender);
  }
}
