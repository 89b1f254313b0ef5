package org.osprey.agent.logcollector.journald;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code journalctl} command line for a journald {@code <location>}:
 * <ul>
 *   <li>{@code all} (or a path, as OSSEC allows): the whole journal;
 *   <li>{@code FIELD=value} matches, separated by spaces ({@code +} between groups for "or"), as
 *       journalctl takes them, e.g. {@code _SYSTEMD_UNIT=sshd.service _PID=42};
 *   <li>a unit name with its type ({@code sshd.service}, {@code cron.timer}): that unit;
 *   <li>any other name: that syslog identifier ({@code SYSLOG_IDENTIFIER}), as OSSEC matches it.
 * </ul>
 * With a cursor it reads every entry after it; without, only entries that arrive from now on.
 */
public final class JournalctlArgs {
  private static final Set<String> UNIT_TYPES = Set.of("service", "socket", "device", "mount",
      "automount", "swap", "target", "path", "timer", "slice", "scope");

  private JournalctlArgs() {}

  /** The arguments after the program name. */
  public static List<String> of(String location, @Nullable String cursor) {
    List<String> a = new ArrayList<>(List.of("--output=json", "--all", "--follow", "--quiet",
        "--no-pager"));
    if (cursor != null) {
      a.add("--after-cursor=" + cursor);
      a.add("--no-tail");
    } else {
      a.add("--lines=0");
    }
    String loc = location.strip();
    if (loc.equals("all") || loc.startsWith("/") || loc.isEmpty()) {
      return a;
    }
    if (loc.indexOf('=') > 0) {
      for (String m : loc.split("\\s+")) {
        if (m.equals("+") || m.indexOf('=') > 0) {
          a.add(m);
        } else {
          throw new IllegalArgumentException("journald match '" + m + "' in '" + location
              + "' is not FIELD=value or +");
        }
      }
      return a;
    }
    int dot = loc.lastIndexOf('.');
    if (dot > 0 && UNIT_TYPES.contains(loc.substring(dot + 1))) {
      a.add("--unit=" + loc);
    } else {
      a.add("--identifier=" + loc);
    }
    return a;
  }
}
