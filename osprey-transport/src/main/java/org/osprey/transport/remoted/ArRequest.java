package org.osprey.transport.remoted;

import org.jspecify.annotations.Nullable;
import org.osprey.queue.QueueMessage;

/**
 * One line of {@code queue/alerts/ar} (spec §8.2–8.4), as remoted's AR_Forward reads it:
 * {@code <location> <flags> <agent-id> <command>}, the location being {@code (name) ip->file},
 * {@code (local_source) file} or {@code (msg_to_agent) []}.
 *
 * @param agentName the name between {@code (} and {@code )}
 * @param all flag {@code A}: every agent
 * @param byName flag {@code R}: the agent named {@link #agentName}
 * @param byId flag {@code S}: the agent with {@link #agentId}
 * @param plain flag {@code !}: send {@code #!-<command>} rather than {@code #!-execd <command>}
 * @param agentId the id token
 * @param command the rest of the line
 */
public record ArRequest(String agentName, boolean all, boolean byName, boolean byId, boolean plain, String agentId,
    String command) {
  /** The location of AR lines carried as queue messages: {@code 1:ar:<line>}. */
  public static final String LOCATION = "ar";

  /** The control text to send: {@code execd <command>}, or the command itself. */
  public String controlText() {
    return plain ? command : "execd " + command;
  }

  /** The queue message that carries {@code line} on {@code queue/alerts/ar}. */
  public static QueueMessage message(String line) {
    return new QueueMessage(QueueMessage.LOCALFILE, LOCATION, line);
  }

  /** The AR line inside a queue message. */
  public static String line(QueueMessage m) {
    return m.location().equals(LOCATION) ? m.text() : m.wire();
  }

  /** Parses a line, or returns null when it is malformed. */
  public static @Nullable ArRequest parse(String line) {
    if (line.length() > 1024) {
      line = line.substring(0, 1024);
    }
    if (!line.startsWith("(")) {
      return null;
    }
    int close = line.indexOf(')');
    if (close < 2 || close + 2 > line.length() || line.charAt(close + 1) != ' ') {
      return null;
    }
    String name = line.substring(1, close);
    int sp = line.indexOf(' ', close + 2);
    if (sp < 0 || sp + 5 > line.length()) {
      return null;
    }
    String flags = line.substring(sp + 1, sp + 4);
    if (line.charAt(sp + 4) != ' ') {
      return null;
    }
    int idEnd = line.indexOf(' ', sp + 5);
    if (idEnd < 0) {
      return null;
    }
    String id = line.substring(sp + 5, idEnd);
    String cmd = line.substring(idEnd + 1);
    if (cmd.isEmpty()) {
      return null;
    }
    return new ArRequest(name, flags.charAt(0) == 'A', flags.charAt(1) == 'R', flags.charAt(2) == 'S',
        flags.charAt(1) == '!', id, cmd);
  }
}
