package org.osprey.analysis.decoder;

import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/**
 * Symantec Web Security: after the date and time, comma-separated {@code key=value} pairs; {@code 10=}
 * user, {@code 11=} source IP, {@code 60=} URL, and {@code 2=}/{@code 3=} the id (OSSEC keeps the
 * first nine characters including the key). The first occurrence of each wins.
 */
final class SymantecWsPlugin implements PluginDecoder {
  @Override
  public void decode(Event e, Decoder decoder) {
    String log = e.log();
    int p = log.indexOf(',');
    if (p < 0) {
      return;
    }
    // OSSEC searches the second comma from the first one itself, so it lands on the same comma.
    p++;
    while (p >= 0 && p <= log.length()) {
      int searchFrom = p;
      if (log.startsWith("10=", p)) {
        setFirst(e, Field.DSTUSER, value(log, p + 3, 128));
      } else if (log.startsWith("11=", p)) {
        setFirst(e, Field.SRCIP, value(log, p + 3, 128));
      } else if (log.startsWith("60=", p)) {
        setFirst(e, Field.URL, value(log, p + 3, 1024));
      } else if (log.startsWith("3=", p) || log.startsWith("2=", p)) {
        searchFrom = Math.min(log.length(), p + 9);
        setFirst(e, Field.ID, log.substring(p, searchFrom));
      }
      int next = log.indexOf(',', searchFrom);
      p = next < 0 ? -1 : next + 1;
    }
  }

  private static String value(String log, int from, int max) {
    int end = from;
    while (end < log.length() && end - from < max && log.charAt(end) != ',') {
      end++;
    }
    return log.substring(from, end);
  }

  private static void setFirst(Event e, Field f, String v) {
    if (e.get(f) == null) {
      e.set(f, v);
    }
  }
}
