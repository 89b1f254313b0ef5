package org.osprey.analysis.output;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/**
 * One firewall.log line (spec §9.3, OSSEC's {@code FW_Log}):
 * {@code YYYY Mon DD HH:MM:SS host->location ACTION PROTO srcip:sport->dstip:dport}, a missing port
 * printed as {@code 0}. Only events with an action, both addresses and a protocol have one.
 */
public final class FirewallLine {
  private FirewallLine() {}

  /**
   * OSSEC's {@code FW_NormalizeAction}: by first letter d/r/b {@code DROP}, c/t {@code CLOSED},
   * a/p/o {@code ALLOW}; otherwise {@code DROP} when it contains "drop", {@code ALLOW} when it
   * contains "accept" (ignoring case), else {@code UNKNOWN}. Applying it twice changes nothing.
   */
  public static String normalizeAction(String action) {
    if (action.isEmpty()) {
      return "UNKNOWN";
    }
    switch (Character.toLowerCase(action.charAt(0))) {
      case 'd', 'r', 'b' -> {
        return "DROP";
      }
      case 'c', 't' -> {
        return "CLOSED";
      }
      case 'a', 'p', 'o' -> {
        return "ALLOW";
      }
      default -> {
        String lower = action.toLowerCase(Locale.ROOT);
        if (lower.contains("drop")) {
          return "DROP";
        }
        return lower.contains("accept") ? "ALLOW" : "UNKNOWN";
      }
    }
  }

  /** Whether {@code e} carries what a firewall line needs (OSSEC drops firewall events without). */
  public static boolean complete(Event e) {
    return e.get(Field.ACTION) != null && e.get(Field.SRCIP) != null && e.get(Field.DSTIP) != null
        && e.get(Field.PROTOCOL) != null;
  }

  /** Appends the line and its newline; false (nothing appended) when the event is incomplete. */
  public static boolean format(Event e, StringBuilder out) {
    String action = e.get(Field.ACTION);
    String protocol = e.get(Field.PROTOCOL);
    String src = e.get(Field.SRCIP);
    String dst = e.get(Field.DSTIP);
    if (action == null || protocol == null || src == null || dst == null) {
      return false;
    }
    LogHeader.append(e, out);
    out.append(' ').append(normalizeAction(action)).append(' ').append(protocol).append(' ')
        .append(src).append(':').append(orZero(e.get(Field.SRCPORT))).append("->").append(dst)
        .append(':').append(orZero(e.get(Field.DSTPORT))).append('\n');
    return true;
  }

  private static String orZero(@Nullable String port) {
    return port == null ? "0" : port;
  }
}
