package org.osprey.transport.syslog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a syslog TCP stream into messages, incrementally (RFC 6587): octet counting when a frame starts
 * with a digit ({@code <len> SP <msg>}), otherwise newline framing. A message longer than the limit is cut
 * to the limit and the rest of it skipped, counted as {@link #oversize()}; a count that is not a number
 * followed by a space falls back to a newline frame, counted as {@link #malformed()}. Never throws on
 * input. Not thread-safe: one per connection.
 */
public final class SyslogFrames {
  private final int max;
  private final ByteArrayOutputStream current = new ByteArrayOutputStream();
  private final StringBuilder count = new StringBuilder();
  private enum State { START, COUNT, OCTETS, LINE, SKIP_LINE }
  private State state = State.START;
  private long octetsLeft;
  private boolean truncated;
  private long oversize;
  private long malformed;

  public SyslogFrames(int max) {
    this.max = max;
  }

  /** Consumes {@code in}; returns the complete messages (without their newline). */
  public List<byte[]> decode(ByteBuffer in) {
    List<byte[]> out = new ArrayList<>();
    while (in.hasRemaining()) {
      byte b = in.get();
      switch (state) {
        case START -> {
          if (b >= '1' && b <= '9') {
            count.setLength(0);
            count.append((char) b);
            state = State.COUNT;
          } else if (b == '\n') {
            // empty line
          } else {
            state = State.LINE;
            add(b);
          }
        }
        case COUNT -> {
          if (b >= '0' && b <= '9' && count.length() < 9) {
            count.append((char) b);
          } else if (b == ' ') {
            octetsLeft = Long.parseLong(count.toString());
            state = State.OCTETS;
          } else {
            // Not octet counting after all: a line that starts with digits.
            malformed++;
            for (int i = 0; i < count.length(); i++) {
              add((byte) count.charAt(i));
            }
            if (b == '\n') {
              emit(out);
            } else {
              add(b);
              state = State.LINE;
            }
          }
        }
        case OCTETS -> {
          add(b);
          if (--octetsLeft == 0) {
            emit(out);
          }
        }
        case LINE -> {
          if (b == '\n') {
            emit(out);
          } else {
            add(b);
          }
        }
        case SKIP_LINE -> {
          if (b == '\n') {
            state = State.START;
          }
        }
      }
    }
    return out;
  }

  private void add(byte b) {
    if (current.size() < max) {
      current.write(b);
    } else {
      truncated = true;
    }
  }

  private void emit(List<byte[]> out) {
    if (truncated) {
      oversize++;
    }
    if (current.size() > 0) {
      out.add(current.toByteArray());
    }
    current.reset();
    truncated = false;
    state = State.START;
  }

  /** Messages longer than the limit (cut to it). */
  public long oversize() {
    return oversize;
  }

  /** Frames whose octet count was not a number and a space. */
  public long malformed() {
    return malformed;
  }
}
