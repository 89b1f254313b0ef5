package org.osprey.queue;

/**
 * Sizes shared by every queue of a hub.
 *
 * @param capacity the most messages waiting in one queue (and in one send buffer to another JVM)
 * @param maxFrame the largest message, in bytes of its wire form, that may cross a socket
 */
public record QueueSettings(int capacity, int maxFrame) {
  /** 16384 messages per queue (analysisd's own queue size) and 64 KiB frames. */
  public static final QueueSettings DEFAULT = new QueueSettings(16384, FrameDecoder.DEFAULT_MAX_FRAME);

  public QueueSettings {
    if (capacity < 1) {
      throw new IllegalArgumentException("queue capacity must be at least 1: " + capacity);
    }
    if (maxFrame < 4) {
      throw new IllegalArgumentException("maximum frame must be at least 4 bytes: " + maxFrame);
    }
  }
}
