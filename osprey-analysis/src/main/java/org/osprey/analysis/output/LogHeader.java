package org.osprey.analysis.output;

import java.time.LocalDateTime;
import org.osprey.analysis.event.Event;

/**
 * The start OSSEC gives archives.log and firewall.log lines: {@code YYYY Mon DD HH:MM:SS }, then
 * {@code hostname->location}, or only the location when the hostname is the location (agents).
 */
final class LogHeader {
  static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
      "Oct", "Nov", "Dec"};

  private LogHeader() {}

  static void append(Event e, StringBuilder out) {
    LocalDateTime t = e.localTime();
    out.append(t.getYear()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
    two(out, t.getDayOfMonth()).append(' ');
    two(out, t.getHour()).append(':');
    two(out, t.getMinute()).append(':');
    two(out, t.getSecond()).append(' ');
    if (!e.hostnameIsLocation()) {
      out.append(e.hostname()).append("->");
    }
    out.append(e.location());
  }

  static StringBuilder two(StringBuilder out, int v) {
    if (v < 10) {
      out.append('0');
    }
    return out.append(v);
  }
}
