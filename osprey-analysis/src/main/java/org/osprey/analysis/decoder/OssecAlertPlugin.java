package org.osprey.analysis.decoder;

import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/**
 * Re-injected OSSEC alerts ({@code ossec: Alert Level: 10; Rule: 5712 - ...; Location: x; srcip: y;
 * user: z;  text}): the alert's own rule is taken directly (no rule matching), the location becomes
 * {@code <location>|<alert location>}, and the text after the fields becomes the full log.
 */
final class OssecAlertPlugin implements PluginDecoder {
  @Override
  public void decode(Event e, Decoder decoder) {
    String log = e.log();
    if (!log.startsWith("Alert Level: ".substring(0, 12)) && !log.startsWith("ossec: Alert Level:")) {
      return;
    }
    int p = log.indexOf(';');
    if (p < 0) {
      return;
    }
    p = log.indexOf(':', p + 1);
    if (p < 0 || p + 1 >= log.length() || log.charAt(p + 1) != ' ') {
      return;
    }
    int idStart = p + 2;
    int idEnd = log.indexOf(' ', idStart);
    if (idEnd < 0) {
      return;
    }
    int ruleId;
    try {
      ruleId = Integer.parseInt(log.substring(idStart, idEnd));
    } catch (NumberFormatException ex) {
      return;
    }
    p = log.indexOf(';', idEnd);
    if (p < 0 || !log.startsWith(" Location: ", p + 1)) {
      return;
    }
    int locStart = p + 12;
    int locEnd = log.indexOf(';', locStart);
    if (locEnd < 0) {
      return;
    }
    String location = e.location() + "|" + log.substring(locStart, locEnd);
    if (location.length() > 254) {
      location = location.substring(0, 254);
    }
    e.setLocation(location);
    e.setHostname(location);
    int t = locEnd + 1;
    while (t + 1 < log.length() && log.charAt(t) == ' ' && log.charAt(t + 1) != ' ') {
      t++;
      int end = log.indexOf(';', t);
      if (end < 0) {
        return;
      }
      String val = log.substring(t, end);
      if (val.startsWith("srcip: ")) {
        e.set(Field.SRCIP, val.substring(7));
      }
      if (val.startsWith("user: ")) {
        e.set(Field.DSTUSER, val.substring(6));
      }
      t = end + 1;
    }
    while (t < log.length() && log.charAt(t) == ' ') {
      t++;
    }
    String text = log.substring(Math.min(t, log.length()));
    if (text.length() > 4094) {
      text = text.substring(0, 4094);
    }
    e.setFullLog(text);
    e.setLog(text);
    e.setGeneratedRuleId(ruleId);
  }
}
