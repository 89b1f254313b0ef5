package org.osprey.transport.codec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The framing of Osprey's TCP agent channel: each datagram preceded by its length as a 4-byte big-endian
 * integer. An incremental decoder: bytes may arrive in any split. A frame of length 0 or above the maximum
 * ends the stream (the peer is not speaking this protocol): {@link #decode} throws and the connection is
 * closed. Not thread-safe: one per connection.
 */
public final class LengthFrames {
  private final int max;
  private final ByteBuffer header = ByteBuffer.allocate(4);
  private byte[] frame = new byte[0];
  private int fill = -1;

  public LengthFrames(int max) {
    this.max = max;
  }

  /** The frame bytes for {@code datagram}. */
  public static byte[] frame(byte[] datagram) {
    return ByteBuffer.allocate(4 + datagram.length).putInt(datagram.length).put(datagram).array();
  }

  /** Consumes {@code in} and returns the frames it completes. */
  public List<byte[]> decode(ByteBuffer in) throws CodecException {
    List<byte[]> out = new ArrayList<>();
    while (in.hasRemaining()) {
      if (fill < 0) {
        header.put(in.get());
        if (!header.hasRemaining()) {
          int len = header.getInt(0);
          header.clear();
          if (len <= 0 || len > max) {
            throw new CodecException(CodecException.Reason.FRAMING, "frame length " + len);
          }
          frame = new byte[len];
          fill = 0;
        }
      } else {
        int n = Math.min(frame.length - fill, in.remaining());
        in.get(frame, fill, n);
        fill += n;
        if (fill == frame.length) {
          out.add(frame);
          fill = -1;
        }
      }
    }
    return out;
  }
}
