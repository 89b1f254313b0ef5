package org.osprey.agent.logcollector.formats;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code djb-multilog} (queue {@code a}): daemontools' {@code @<TAI64N> text} lines
 * ({@code read_djb_multilog.c}). The file must be {@code .../<program>/current}; the program name
 * comes from its directory. A text that already starts with a syslog timestamp is sent as it is;
 * any other gets the header {@code Mon dd hh:mm:ss <host> <program>: } with the current local
 * time. (OSSEC's code drops the timestamp of the first kind, contrary to its own comment and to
 * the spec's "rebuilt as a syslog line"; Osprey keeps it so the syslog pre-decoder sees a header.)
 * Lines without the TAI64N stamp are skipped.
 */
final class DjbMultilog implements RecordFormat {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.US);

  private final FormatContext ctx;
  private final String program;

  DjbMultilog(FormatContext ctx, String file) {
    String p = programName(file);
    if (p == null) {
      throw new IllegalArgumentException("Invalid DJB multilog file: '" + file
          + "' (expected /path/<program>/current).");
    }
    this.ctx = ctx;
    this.program = p;
  }

  /** The program of {@code /path/<program>/current}, or null when the path is not like that. */
  static @Nullable String programName(String file) {
    if (!file.endsWith("/current")) {
      return null;
    }
    String dir = file.substring(0, file.length() - "/current".length());
    int slash = dir.lastIndexOf('/');
    if (slash < 0 || slash == dir.length() - 1 || dir.isEmpty()) {
      return null;
    }
    String name = dir.substring(slash + 1);
    return name.isEmpty() ? null : name;
  }

  @Override
  public void line(String s, Emitter out) throws InterruptedException {
    if (s.length() < 26 || s.charAt(0) != '@' || !alnum(s.charAt(1)) || !alnum(s.charAt(2))
        || !alnum(s.charAt(3)) || !alnum(s.charAt(24)) || s.charAt(25) != ' ') {
      return;
    }
    int p = MysqlLog.skipBlanks(s, 26);
    String text = s.substring(p);
    if (s.length() >= 44 && text.length() > 15 && text.charAt(3) == ' ' && text.charAt(6) == ' '
        && text.charAt(9) == ':' && text.charAt(12) == ':' && text.charAt(15) == ' ') {
      out.emit('a', text);
      return;
    }
    LocalDateTime now = LocalDateTime.ofInstant(ctx.clock().instant(), ctx.zone());
    out.emit('a', STAMP.format(now) + " " + ctx.hostname() + " " + program + ": " + text);
  }

  private static boolean alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
