package org.osprey.analysis.output;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.rule.Rule;

/**
 * {@code <global><custom_alert_output>}: a template that replaces the alerts.log block (spec §9.2,
 * OSSEC's {@code OS_CustomLog}), followed by a newline. Tokens:
 *
 * <ul>
 *   <li>{@code $TIMESTAMP} the event's epoch second; {@code $FTELL} the alert id;
 *   <li>{@code $RULEALERT} {@code "mail "} when the rule mails, else empty;
 *   <li>{@code $HOSTNAME}, {@code $LOCATION}, {@code $SRCIP}, {@code $DSTUSER} ({@code None} when
 *       unset);
 *   <li>{@code $RULEID}, {@code $RULELEVEL}, {@code $RULECOMMENT} and {@code $RULEGROUP}
 *       (empty when unset);
 *   <li>{@code $FULLLOG} the full log with each CR and LF written as {@code \n}.
 * </ul>
 *
 * <p>As in OSSEC, every value but the full log is cut to 1023 bytes. Unlike OSSEC, which replaces
 * one token after the other over the whole text, the template is read once: text that a value
 * brings in (a log line containing {@code $RULEGROUP}, say) is never taken for a token.
 */
public final class CustomAlertFormat {
  /** OSSEC formats the values into a 1024-byte buffer. */
  static final int VALUE_LIMIT = 1023;

  private enum Token {
    TIMESTAMP, FTELL, RULEALERT, HOSTNAME, LOCATION, RULEID, RULELEVEL, RULECOMMENT, SRCIP,
    DSTUSER, FULLLOG, RULEGROUP;

    final String text = "$" + name();
  }

  /** Literal text (String) and tokens (Token), in template order. */
  private final Object[] parts;

  private CustomAlertFormat(List<Object> parts) {
    this.parts = parts.toArray();
  }

  /** Reads the template. Any text is a valid template; unknown {@code $WORDS} stay as they are. */
  public static CustomAlertFormat compile(String template) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      @Nullable Token t = template.charAt(i) == '$' ? tokenAt(template, i) : null;
      if (t == null) {
        literal.append(template.charAt(i++));
        continue;
      }
      if (!literal.isEmpty()) {
        parts.add(literal.toString());
        literal.setLength(0);
      }
      parts.add(t);
      i += t.text.length();
    }
    if (!literal.isEmpty()) {
      parts.add(literal.toString());
    }
    return new CustomAlertFormat(parts);
  }

  private static @Nullable Token tokenAt(String s, int i) {
    for (Token t : Token.values()) {
      if (s.startsWith(t.text, i)) {
        return t;
      }
    }
    return null;
  }

  /** Appends the alert's line and its newline. */
  public void format(Event e, Rule rule, long alertId, StringBuilder out) {
    for (Object p : parts) {
      if (p instanceof String s) {
        out.append(s);
        continue;
      }
      switch ((Token) p) {
        case TIMESTAMP -> out.append(e.epochSecond());
        case FTELL -> out.append(alertId);
        case RULEALERT -> out.append(rule.mail() ? "mail " : "");
        case HOSTNAME -> cut(out, orNone(e.hostname()));
        case LOCATION -> cut(out, e.location());
        case RULEID -> out.append(rule.id());
        case RULELEVEL -> out.append(rule.level());
        case RULECOMMENT -> cut(out, rule.description() == null ? "" : rule.description());
        case SRCIP -> cut(out, orNone(e.get(Field.SRCIP)));
        case DSTUSER -> cut(out, orNone(e.get(Field.DSTUSER)));
        case FULLLOG -> escapeNewlines(out, e.fullLog());
        case RULEGROUP -> cut(out, rule.group());
      }
    }
    out.append('\n');
  }

  private static String orNone(@Nullable String s) {
    return s == null ? "None" : s;
  }

  private static void cut(StringBuilder out, String s) {
    out.append(s, 0, Math.min(s.length(), VALUE_LIMIT));
  }

  private static void escapeNewlines(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append("\\n");
      } else {
        out.append(c);
      }
    }
  }
}
