package org.osprey.transport.codec;

import java.nio.charset.StandardCharsets;
import org.osprey.text.Ascii;

/**
 * Control messages of the channel (spec §4): payloads starting with {@code #!-}. Also Osprey's two
 * extensions, which only an Osprey manager sends or understands: {@code osprey ack <seq>} (manager to
 * agent: every event up to this sequence number is on the analysis queue) and {@code osprey ev <seq> <event>}
 * (agent to manager: an event with its buffer sequence number, so a replay after a reconnect is not queued
 * twice).
 */
public final class Control {
  public static final String HEADER = "#!-";
  public static final String STARTUP = "agent startup ";
  public static final String ACK = "agent ack ";
  public static final String EXECD = "execd ";
  public static final String FILE_UPDATE = "up file ";
  public static final String FILE_CLOSE = "close file ";
  public static final String SYSCHECK_RESTART = "syscheck restart";
  public static final String OSPREY_ACK = "osprey ack ";
  public static final String OSPREY_EVENT = "osprey ev ";
  /** In a keepalive's version part: the agent takes {@code osprey ack} and sends {@code osprey ev}. */
  public static final String OSPREY_MARK = "Osprey";

  private Control() {}

  /** Whether the payload is a control message. */
  public static boolean isControl(byte[] payload) {
    return payload.length >= 3 && payload[0] == '#' && payload[1] == '!' && payload[2] == '-';
  }

  /** The text after {@code #!-}. */
  public static String body(byte[] payload) {
    return new String(payload, 3, payload.length - 3, StandardCharsets.ISO_8859_1);
  }

  /** {@code #!-<text>} as bytes. */
  public static byte[] message(String text) {
    return (HEADER + text).getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Splits {@code osprey ev <seq> <event>}.
   *
   * @return the sequence number and event, or null when malformed
   */
  public static @org.jspecify.annotations.Nullable SequencedEvent sequenced(String body) {
    if (!body.startsWith(OSPREY_EVENT)) {
      return null;
    }
    int start = OSPREY_EVENT.length();
    int sp = body.indexOf(' ', start);
    if (sp <= start || sp - start > 19) {
      return null;
    }
    long seq = 0;
    for (int i = start; i < sp; i++) {
      char c = body.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      seq = seq * 10 + (c - '0');
    }
    return new SequencedEvent(seq, body.substring(sp + 1));
  }

  /**
   * An event with the agent's buffer sequence number.
   *
   * @param seq the sequence number (1, 2, …; gap-free per agent)
   * @param event the event, {@code Q:location:text}
   */
  public record SequencedEvent(long seq, String event) {}

  /** Parses the number of {@code osprey ack <seq>}, or −1. */
  public static long ackedSeq(String body) {
    if (!body.startsWith(OSPREY_ACK)) {
      return -1;
    }
    String n = body.substring(OSPREY_ACK.length()).strip();
    if (n.length() > 19 || !Ascii.digits(n)) {
      return -1;
    }
    return Long.parseLong(n);
  }
}
