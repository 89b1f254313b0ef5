package org.osprey.analysis.daemon;

import java.util.Locale;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/**
 * analysisd's firewall handling (OSSEC's {@code FW_NormalizeAction}): events of firewall decoders
 * need an action, both addresses and a protocol, or they are dropped before rule evaluation; the
 * action becomes DROP, CLOSED, ALLOW or UNKNOWN (rule 4101 matches {@code DROP}). A pure function of
 * the event, so it runs in the parallel stage.
 */
final class Firewall {
  private Firewall() {}

  /** Whether the event carries what the firewall log needs. */
  static boolean complete(Event e) {
    return e.get(Field.ACTION) != null && e.get(Field.SRCIP) != null && e.get(Field.DSTIP) != null
        && e.get(Field.PROTOCOL) != null;
  }

  /** Normalises the action in place. */
  static void normalize(Event e) {
    String a = e.get(Field.ACTION);
    if (a == null || a.isEmpty()) {
      return;
    }
    String n = switch (Character.toLowerCase(a.charAt(0))) {
      case 'd', 'r', 'b' -> "DROP";
      case 'c', 't' -> "CLOSED";
      case 'a', 'p', 'o' -> "ALLOW";
      default -> {
        String l = a.toLowerCase(Locale.ROOT);
        yield l.contains("drop") ? "DROP" : l.contains("accept") ? "ALLOW" : "UNKNOWN";
      }
    };
    e.set(Field.ACTION, n);
  }
}
