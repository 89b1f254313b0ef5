package org.osprey.queue;

import java.util.Objects;

/**
 * One message on an OSSEC queue: {@code <queue-id>:<location>:<text>}. The queue id is one character
 * ({@code 1} local file, {@code 2} syslog, {@code 3} hostinfo, {@code 4} secure, {@code 8} syscheck,
 * {@code 9} rootcheck, {@code a} mysql, {@code b} postgresql).
 *
 * @param queue the queue id character
 * @param location where the event came from: a file path, a command alias, a syslog sender IP, or for
 *     agents {@code (name) ip->location}
 * @param text the event text (bytes as Latin-1 characters)
 */
public record QueueMessage(char queue, String location, String text) {
  public static final char LOCALFILE = '1';
  public static final char SYSLOG = '2';
  public static final char HOSTINFO = '3';
  public static final char SECURE = '4';
  public static final char SYSCHECK = '8';
  public static final char ROOTCHECK = '9';
  public static final char MYSQL = 'a';
  public static final char POSTGRESQL = 'b';

  public QueueMessage {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Parses the wire form as analysisd does: the location ends at the first {@code :}, or, for agent
   * locations starting with {@code (}, at the first {@code :} after the first {@code ->} (so IPv6
   * colons before the arrow are kept).
   *
   * @throws IllegalArgumentException when the message is shorter than 4 characters, has no {@code :}
   *     after the queue id, or has no location separator
   */
  public static QueueMessage parse(String wire) {
    if (wire.length() < 4 || wire.charAt(1) != ':') {
      throw new IllegalArgumentException("not a queue message (expected '<q>:<location>:<text>')");
    }
    int searchFrom = 2;
    if (wire.charAt(2) == '(') {
      int arrow = wire.indexOf("->", 2);
      if (arrow >= 0) {
        searchFrom = arrow + 2;
      }
    }
    int colon = wire.indexOf(':', searchFrom);
    if (colon < 0) {
      throw new IllegalArgumentException("queue message without a location separator");
    }
    return new QueueMessage(wire.charAt(0), wire.substring(2, colon), wire.substring(colon + 1));
  }

  /** The wire form {@code <q>:<location>:<text>}. */
  public String wire() {
    return queue + ":" + location + ":" + text;
  }
}
