package org.osprey.transport.codec;

import org.osprey.queue.QueueMessage;
import org.osprey.transport.keys.AgentKey;

/**
 * How remoted turns an agent's event into a queue message (spec §5.3): {@code Q:rest} becomes
 * {@code Q:(name) ip->rest}, {@code ip} being the key file's IP text, not the packet's source.
 */
public final class AgentEvents {
  /** Largest message put on the local queue (OS_MAXSTR − 1). */
  public static final int MAX_QUEUE_MESSAGE = 6143;

  private AgentEvents() {}

  /**
   * The queue message for {@code event}.
   *
   * @throws CodecException ({@link CodecException.Reason#FORMAT}) when the event is not {@code Q:location:text},
   *     or is a legacy keepalive
   */
  public static QueueMessage rewrite(AgentKey key, String event) throws CodecException {
    return rewrite(locationPrefix(key), event);
  }

  /** {@code (name) ip->}: how every queue location of this agent starts. */
  public static String locationPrefix(AgentKey key) {
    return "(" + key.name() + ") " + key.ipText() + "->";
  }

  /**
   * The queue message for {@code event}, given the agent's {@link #locationPrefix}.
   *
   * @throws CodecException ({@link CodecException.Reason#FORMAT}) when the event is not {@code Q:location:text},
   *     or is a legacy keepalive
   */
  public static QueueMessage rewrite(String locationPrefix, String event) throws CodecException {
    if (event.length() < 4 || event.charAt(1) != ':') {
      throw new CodecException(CodecException.Reason.FORMAT, "event is not 'Q:location:text'");
    }
    if (event.startsWith("keepalive", 2)) {
      throw new CodecException(CodecException.Reason.FORMAT, "legacy keepalive");
    }
    int colon = event.indexOf(':', 2);
    if (colon < 0) {
      throw new CodecException(CodecException.Reason.FORMAT, "event without a location");
    }
    String location = locationPrefix.concat(event.substring(2, colon));
    String text = event.substring(colon + 1);
    int room = MAX_QUEUE_MESSAGE - 3 - location.length();
    if (text.length() > room) {
      text = text.substring(0, Math.max(0, room));
    }
    return new QueueMessage(event.charAt(0), location, text);
  }
}
