package org.osprey.analysis.alert;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.rule.Rule;

/**
 * OSSEC's alerts.log block (spec ossec-protocol §9.2), byte for byte: maild, csyslogd and third-party
 * parsers read this format, so every space matters.
 */
public final class AlertText {
  /** OSSEC prints at most this many bytes of the log and of each earlier event. */
  public static final int MAX_LINE = 1256;

  private AlertText() {}

  /** Appends the alert block for {@code e}, alert id {@code alertId}, to {@code out}. */
  public static void format(Event e, Rule rule, long alertId, StringBuilder out) {
    LocalDateTime t = e.localTime();
    out.append("** Alert ").append(e.epochSecond()).append('.').append(alertId).append(':')
        .append(rule.mail() ? " mail " : "").append(" - ").append(rule.group()).append('\n');
    out.append(t.getYear()).append(' ')
        .append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ');
    two(out, t.getDayOfMonth()).append(' ');
    two(out, t.getHour()).append(':');
    two(out, t.getMinute()).append(':');
    two(out, t.getSecond()).append(' ');
    if (!e.hostnameIsLocation()) {
      out.append(e.hostname()).append("->");
    }
    out.append(e.location()).append('\n');
    out.append("Rule: ").append(rule.id()).append(" (level ").append(rule.level()).append(") -> '")
        .append(rule.descriptionText()).append('\'');
    extra(out, "\nSrc IP: ", e.get(Field.SRCIP));
    extra(out, "\nSrc Port: ", e.get(Field.SRCPORT));
    extra(out, "\nDst IP: ", e.get(Field.DSTIP));
    extra(out, "\nDst Port: ", e.get(Field.DSTPORT));
    extra(out, "\nUser: ", e.get(Field.DSTUSER));
    out.append('\n');
    cut(out, e.fullLog()).append('\n');
    for (String last : e.lastEvents()) {
      cut(out, last).append('\n');
    }
    out.append('\n');
  }

  /** The alert block as a string. */
  public static String format(Event e, Rule rule, long alertId) {
    StringBuilder b = new StringBuilder(512);
    format(e, rule, alertId, b);
    return b.toString();
  }

  private static StringBuilder two(StringBuilder out, int v) {
    if (v < 10) {
      out.append('0');
    }
    return out.append(v);
  }

  private static void extra(StringBuilder out, String label, String value) {
    if (value != null) {
      out.append(label).append(value);
    }
  }

  private static StringBuilder cut(StringBuilder out, String s) {
    return out.append(s, 0, Math.min(s.length(), MAX_LINE));
  }
}
