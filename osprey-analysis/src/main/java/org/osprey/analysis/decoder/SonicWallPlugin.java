package org.osprey.analysis.decoder;

import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.pattern.OsPattern;
import org.osprey.analysis.pattern.PatternException;
import org.osprey.analysis.pattern.Patterns;

/**
 * SonicWall firewalls: severity, category and message id, then addresses and ports, then the
 * protocol. The message id decides this event's rule category (OSSEC changes the shared decoder's
 * type per message; here it is set on the event alone): category 32 is IDS; ids 98/597/598 an allowed
 * connection, 36/37/38/173/174 a dropped one, 537 a closed one (firewall); 97 a proxy request (squid).
 */
final class SonicWallPlugin implements PluginDecoder {
  private final OsPattern ids;
  private final OsPattern addresses;
  private final OsPattern proxy;

  private SonicWallPlugin(OsPattern ids, OsPattern addresses, OsPattern proxy) {
    this.ids = ids;
    this.addresses = addresses;
    this.proxy = proxy;
  }

  static SonicWallPlugin create() {
    try {
      return new SonicWallPlugin(
          Patterns.osRegex("pri=(\\d) c=(\\d+) m=(\\d+) "),
          Patterns.osRegex("src=(\\d+.\\d+.\\d+.\\d+):(\\d+):\\S+ dst=(\\d+.\\d+.\\d+.\\d+):(\\d+):"),
          Patterns.osRegex("result=(\\d+) dstname=(\\S+) arg=(\\S+)$"));
    } catch (PatternException e) {
      throw new IllegalStateException("built-in SonicWall patterns do not compile", e);
    }
  }

  @Override
  public boolean choosesCategory() {
    return true;
  }

  @Override
  public void decode(Event e, Decoder decoder) {
    e.setTypeOverride(DecoderType.SYSLOG);
    String log = e.log();
    Captures c = new Captures();
    int end = ids.find(log, 0, c);
    if (end < 0 || c.size() < 3) {
      return;
    }
    e.set(Field.STATUS, c.get(0));
    e.set(Field.ID, c.get(2));
    String category = c.get(1).length() > 7 ? c.get(1).substring(0, 7) : c.get(1);
    int after = addresses.find(log, end, c);
    if (after < 0 || c.size() < 4) {
      return;
    }
    e.set(Field.SRCIP, c.get(0));
    e.set(Field.SRCPORT, c.get(1));
    e.set(Field.DSTIP, c.get(2));
    e.set(Field.DSTPORT, c.get(3));
    int rest = log.indexOf(' ', after);
    if (rest >= 0 && log.startsWith("proto=", rest + 1)) {
      int p = rest + 7;
      int q = p;
      while (q < log.length() && q - p < 6 && isValidChar(log.charAt(q)) && log.charAt(q) != '/') {
        q++;
      }
      e.set(Field.PROTOCOL, log.substring(p, q));
    }
    String id = c.size() > 0 ? e.get(Field.ID) : null;
    if (category.equals("32")) {
      e.setTypeOverride(DecoderType.IDS);
    } else if (is(id, "98", "597", "598")) {
      e.setTypeOverride(DecoderType.FIREWALL);
      e.set(Field.ACTION, "pass");
    } else if (is(id, "38", "36", "173", "174", "37")) {
      e.setTypeOverride(DecoderType.FIREWALL);
      e.set(Field.ACTION, "drop");
    } else if (is(id, "537")) {
      e.setTypeOverride(DecoderType.FIREWALL);
      e.set(Field.ACTION, "close");
    } else if (is(id, "97")) {
      e.setTypeOverride(DecoderType.SQUID);
      if (rest < 0 || proxy.find(log, rest, c) < 0 || c.size() < 1) {
        return;
      }
      e.set(Field.ID, c.get(0));
      if (c.size() >= 3) {
        e.set(Field.URL, c.get(1) + c.get(2));
      }
    }
  }

  private static boolean is(String id, String... values) {
    for (String v : values) {
      if (v.equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isValidChar(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
        || ch == '.' || ch == '_' || ch == '/' || ch == '@' || ch == '(' || ch == ')' || ch == '-';
  }
}
