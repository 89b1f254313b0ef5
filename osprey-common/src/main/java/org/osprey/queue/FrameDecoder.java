package org.osprey.queue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a byte stream of frames (see {@link FrameEncoder}) back into {@link QueueMessage}s, incrementally:
 * bytes may arrive in any split, and a frame is returned once all of it has arrived. A pure function of the
 * bytes fed so far; no I/O. Bad input is never fatal: a frame longer than the maximum is skipped (its bytes
 * are read and thrown away), a zero-length frame or a payload that is not a queue message is skipped, and
 * each is counted. Not thread-safe: one decoder per connection.
 */
public final class FrameDecoder {
  /** The default largest payload accepted, in bytes. */
  public static final int DEFAULT_MAX_FRAME = 65536;

  private final int maxFrame;
  private final ByteBuffer header = ByteBuffer.allocate(FrameEncoder.HEADER);
  private byte[] payload = new byte[0];
  private int payloadFill = -1;
  private long discard;
  private long decoded;
  private long oversize;
  private long malformed;

  /** @param maxFrame the largest payload accepted, in bytes (at least 4) */
  public FrameDecoder(int maxFrame) {
    if (maxFrame < 4) {
      throw new IllegalArgumentException("maximum frame size must be at least 4: " + maxFrame);
    }
    this.maxFrame = maxFrame;
  }

  /** Consumes every byte left in {@code in} and returns the messages completed by them, in order. */
  public List<QueueMessage> decode(ByteBuffer in) {
    List<QueueMessage> out = new ArrayList<>();
    while (in.hasRemaining()) {
      if (discard > 0) {
        int skip = (int) Math.min(discard, in.remaining());
        in.position(in.position() + skip);
        discard -= skip;
      } else if (payloadFill >= 0) {
        int n = Math.min(payload.length - payloadFill, in.remaining());
        in.get(payload, payloadFill, n);
        payloadFill += n;
        if (payloadFill == payload.length) {
          payloadFill = -1;
          emit(new String(payload, StandardCharsets.ISO_8859_1), out);
        }
      } else if (header.position() == 0 && in.remaining() >= FrameEncoder.HEADER) {
        startFrame(Integer.toUnsignedLong(in.getInt()), in, out);
      } else {
        header.put(in.get());
        if (!header.hasRemaining()) {
          long length = Integer.toUnsignedLong(header.getInt(0));
          header.clear();
          startFrame(length, in, out);
        }
      }
    }
    return out;
  }

  private void startFrame(long length, ByteBuffer in, List<QueueMessage> out) {
    if (length == 0) {
      malformed++;
    } else if (length > maxFrame) {
      oversize++;
      discard = length;
    } else if (in.remaining() >= length && in.hasArray()) {
      // The whole payload is here: decode it in place.
      int len = (int) length;
      String wire =
          new String(in.array(), in.arrayOffset() + in.position(), len, StandardCharsets.ISO_8859_1);
      in.position(in.position() + len);
      emit(wire, out);
    } else {
      payload = new byte[(int) length];
      payloadFill = 0;
    }
  }

  private void emit(String wire, List<QueueMessage> out) {
    try {
      out.add(QueueMessage.parse(wire));
      decoded++;
    } catch (IllegalArgumentException e) {
      malformed++;
    }
  }

  /**
   * Ends the stream: a frame cut short by the end counts as malformed.
   *
   * @return true if a partial frame was pending
   */
  public boolean finish() {
    boolean partial = header.position() > 0 || payloadFill >= 0;
    if (partial) {
      malformed++;
    }
    header.clear();
    payloadFill = -1;
    discard = 0;
    return partial;
  }

  /** Messages decoded so far. */
  public long decoded() {
    return decoded;
  }

  /** Frames skipped because their length was above the maximum. */
  public long oversize() {
    return oversize;
  }

  /** Frames skipped because they were empty, not a queue message, or cut short by {@link #finish}. */
  public long malformed() {
    return malformed;
  }

  /** Every frame refused so far: {@link #oversize} plus {@link #malformed}. */
  public long rejected() {
    return oversize + malformed;
  }
}
