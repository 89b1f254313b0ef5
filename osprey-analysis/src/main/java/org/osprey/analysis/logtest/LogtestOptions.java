package org.osprey.analysis.logtest;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * logtest's command line: OSSEC's {@code [-V] [-h] [-d] [-t] [-a] [-v] [-q] [-c config] [-D dir]
 * [-U rule:level:decoder]}, plus Osprey's {@code -H hostname} (the name given to local events without
 * a syslog hostname; OSSEC takes the machine's).
 */
public record LogtestOptions(
    boolean version,
    boolean help,
    boolean debug,
    boolean testConfig,
    boolean alertOnly,
    boolean verbose,
    boolean quiet,
    @Nullable Path config,
    Path dir,
    @Nullable String unitTest,
    @Nullable String hostname) {

  /** OSSEC's default chroot. */
  public static final Path DEFAULT_DIR = Path.of("/var/ossec");

  /** The config file: {@code -c}, else {@code <dir>/etc/ossec.conf}. */
  public Path configFile() {
    return config != null ? config : dir.resolve("etc/ossec.conf");
  }

  /** Parses getopt-style arguments ({@code -qv}, {@code -Uarg} and {@code -U arg} all work). */
  public static LogtestOptions parse(List<String> args) {
    boolean version = false;
    boolean help = false;
    boolean debug = false;
    boolean test = false;
    boolean alert = false;
    boolean verbose = false;
    boolean quiet = false;
    Path config = null;
    Path dir = DEFAULT_DIR;
    String unit = null;
    String host = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("-") || a.length() < 2) {
        throw new IllegalArgumentException("unexpected argument '" + a + "'");
      }
      for (int j = 1; j < a.length(); j++) {
        char c = a.charAt(j);
        switch (c) {
          case 'V' -> version = true;
          case 'h' -> help = true;
          case 'd' -> debug = true;
          case 't' -> test = true;
          case 'a' -> alert = true;
          case 'v' -> verbose = true;
          case 'q' -> quiet = true;
          case 'c', 'D', 'U', 'H' -> {
            String value;
            if (j + 1 < a.length()) {
              value = a.substring(j + 1);
            } else if (i + 1 < args.size()) {
              value = args.get(++i);
            } else {
              throw new IllegalArgumentException("-" + c + " needs an argument");
            }
            switch (c) {
              case 'c' -> config = Path.of(value);
              case 'D' -> dir = Path.of(value);
              case 'U' -> unit = value;
              default -> host = value;
            }
            j = a.length();
          }
          default -> throw new IllegalArgumentException("unknown option -" + c);
        }
      }
    }
    return new LogtestOptions(version, help, debug, test, alert, verbose, quiet, config, dir, unit,
        host);
  }
}
