package org.osprey.queue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Frames a {@link QueueMessage} for a stream socket: a 4-byte big-endian length, then the message's wire
 * form ({@code <q>:<location>:<text>}) as Latin-1 bytes. Characters above U+00FF, which a Latin-1 string
 * from OSSEC's byte world never holds, are sent as {@code ?}.
 */
public final class FrameEncoder {
  /** Bytes in the length prefix. */
  public static final int HEADER = 4;

  private FrameEncoder() {}

  /** The payload bytes of {@code message}. */
  public static byte[] payload(QueueMessage message) {
    return message.wire().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The whole frame: length prefix and payload. */
  public static byte[] frame(QueueMessage message) {
    byte[] payload = payload(message);
    ByteBuffer out = ByteBuffer.allocate(HEADER + payload.length);
    out.putInt(payload.length).put(payload);
    return out.array();
  }

  /**
   * Appends the frame of {@code payload} to {@code out}.
   *
   * @throws java.nio.BufferOverflowException if {@code out} has less than {@code 4 + payload.length}
   *     bytes left
   */
  public static void put(byte[] payload, ByteBuffer out) {
    out.putInt(payload.length).put(payload);
  }
}
