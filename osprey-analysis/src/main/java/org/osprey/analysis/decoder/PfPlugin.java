package org.osprey.analysis.decoder;

import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/**
 * OpenBSD pf logs ({@code rule 3/(match) pass out on xl0: 192.168.2.10.1514 > 192.168.2.190.1030:
 * udp 73}): action, source and destination address and port (the part after an address's fourth
 * dot), protocol from the first word after the addresses.
 */
final class PfPlugin implements PluginDecoder {
  @Override
  public void decode(Event e, Decoder decoder) {
    String log = e.log();
    int p = log.indexOf(')');
    if (p < 0 || p + 1 >= log.length() || log.charAt(p + 1) != ' ') {
      return;
    }
    p += 2;
    char a = p < log.length() ? log.charAt(p) : '\0';
    if (a == 'p') {
      e.set(Field.ACTION, "pass");
    } else if (a == 'b') {
      e.set(Field.ACTION, "block");
    } else {
      return;
    }
    p = log.indexOf(':', p);
    if (p < 0 || p + 1 >= log.length() || log.charAt(p + 1) != ' ') {
      return;
    }
    p += 2;
    int space = log.indexOf(' ', p);
    if (space < 0) {
      return;
    }
    setAddress(e, log.substring(p, space), Field.SRCIP, Field.SRCPORT);
    int q = space + 1;
    if (q >= log.length() || log.charAt(q) != '>') {
      return;
    }
    q++;
    if (q >= log.length() || log.charAt(q) != ' ') {
      return;
    }
    q++;
    int colon = log.indexOf(':', q);
    if (colon < 0) {
      return;
    }
    setAddress(e, log.substring(q, colon), Field.DSTIP, Field.DSTPORT);
    for (int i = colon + 1; i < log.length(); i++) {
      char c = log.charAt(i);
      if (c == ' ') {
        continue;
      }
      e.set(Field.PROTOCOL, c == 'u' ? "UDP" : c == 'i' ? "ICMP" : "TCP");
      break;
    }
  }

  private static void setAddress(Event e, String addr, Field ip, Field port) {
    int dots = 0;
    for (int i = 0; i < addr.length(); i++) {
      if (addr.charAt(i) == '.' && ++dots == 4) {
        e.set(ip, addr.substring(0, i));
        e.set(port, addr.substring(i + 1));
        return;
      }
    }
    e.set(ip, addr);
  }
}
