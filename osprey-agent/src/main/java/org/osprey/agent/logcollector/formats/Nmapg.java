package org.osprey.agent.logcollector.formats;

import org.jspecify.annotations.Nullable;

/**
 * {@code nmapg} (queue {@code 3}, hostinfo): nmap's grepable output ({@code read_nmapg.c}).
 * {@code Host: 10.0.0.1 (name)\tPorts: 22/open/tcp//ssh///, 25/closed/tcp//smtp///} becomes
 * {@code Host: 10.0.0.1 (name), open ports: 22(tcp)}. Comments and {@code Status:} lines are
 * skipped; any other line is reported as badly formatted and skipped.
 */
final class Nmapg implements RecordFormat {
  private static final int FIELD = 8; // OSSEC keeps 8 characters of a port and of a protocol

  private final FormatContext ctx;
  private final String file;

  Nmapg(FormatContext ctx, String file) {
    this.ctx = ctx;
    this.file = file;
  }

  @Override
  public void line(String s, Emitter out) throws InterruptedException {
    if (s.isEmpty() || s.charAt(0) == '#') {
      return;
    }
    if (!s.startsWith("Host: ") || s.length() == 6) {
      bad();
      return;
    }
    int close = s.indexOf(')', 6);
    int tab = close < 0 ? -1 : s.indexOf('\t', close);
    if (tab < 0) {
      bad();
      return;
    }
    String host = s.substring(6, close + 1);
    String rest = s.substring(tab + 1);
    if (!after(rest, "Ports:")) {
      if (!after(rest, "Status:")) {
        bad();
      }
      return;
    }
    Joiner msg = new Joiner(ctx.maxLength());
    msg.append("Host: " + host + ", open ports:");
    int p = "Ports:".length();
    while (true) {
      Port port = port(rest, p);
      if (port == null) {
        break;
      }
      if (port.proto() != null) {
        msg.append(" " + port.port() + "(" + port.proto() + ")");
      }
      p = port.next();
      if (p >= rest.length() || rest.charAt(p) != ',') {
        break;
      }
      p++;
    }
    out.emit('3', msg.take());
  }

  /** True when {@code s} starts with {@code prefix} and has more after it. */
  private static boolean after(String s, String prefix) {
    return s.length() > prefix.length() && s.startsWith(prefix);
  }

  /**
   * One port entry at {@code from}: {@code port/state/proto/owner/service/...}.
   *
   * @param proto null when the port is not open
   * @param next where the parse stopped: a ',' before the next entry, or elsewhere at the end
   */
  private record Port(String port, @Nullable String proto, int next) {}

  private static @Nullable Port port(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    int slash = s.indexOf('/', i);
    if (slash < 0) {
      return null;
    }
    String port = cut(s.substring(i, slash));
    int p = slash + 1;
    boolean open = after(s.substring(p), "open/");
    if (open) {
      p += "open/".length();
    } else {
      int next = s.indexOf('/', p);
      if (next < 0) {
        return null;
      }
      p = next + 1;
    }
    int protoEnd = s.indexOf('/', p);
    if (protoEnd < 0) {
      return null;
    }
    String proto = cut(s.substring(p, protoEnd));
    p = protoEnd + 1;
    if (p >= s.length() || s.charAt(p) != '/') {
      return null;
    }
    p++;
    int comma = s.indexOf(',', p);
    return new Port(port, open ? proto : null, comma >= 0 ? comma : p);
  }

  private static String cut(String s) {
    return s.length() > FIELD ? s.substring(0, FIELD) : s;
  }

  private void bad() {
    ctx.warn().accept("Bad formatted nmap grepable file: '" + file + "'; line skipped.");
  }
}
