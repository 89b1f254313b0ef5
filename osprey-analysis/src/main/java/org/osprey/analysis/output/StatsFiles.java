package org.osprey.analysis.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/** Paths under {@code <home>/stats} (spec §9.5) and the appending of totals. */
final class StatsFiles {
  private StatsFiles() {}

  /** {@code stats/hourly-average}: files {@code 0} to {@code 24}. */
  static Path hourly(Path home) {
    return home.resolve("stats").resolve("hourly-average");
  }

  /** {@code stats/weekly-average}: directories {@code 0} (Sunday) to {@code 6}. */
  static Path weekly(Path home) {
    return home.resolve("stats").resolve("weekly-average");
  }

  /** {@code stats/totals}. */
  static Path totalsRoot(Path home) {
    return home.resolve("stats").resolve("totals");
  }

  /** {@code stats/totals/<YYYY>/<Mon>/ossec-totals-<DD>.log}. */
  static Path totals(Path home, LocalDate day) {
    int d = day.getDayOfMonth();
    return totalsRoot(home).resolve(Integer.toString(day.getYear()))
        .resolve(LogHeader.MONTHS[day.getMonthValue() - 1])
        .resolve("ossec-totals-" + (d < 10 ? "0" : "") + d + ".log");
  }

  /** Appends {@code text} to {@code day}'s totals file, creating it and its directories. */
  static void appendTotals(Path home, LocalDate day, CharSequence text) throws IOException {
    Path f = totals(home, day);
    FileModes.directories(f.getParent());
    try (var ch = Files.newByteChannel(f, java.util.EnumSet.of(StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND), FileModes.file())) {
      ch.write(java.nio.ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.ISO_8859_1)));
    }
  }

  /** Replaces {@code file} with {@code value} in decimal, no newline, as OSSEC writes averages. */
  static void writeNumber(Path file, int value) throws IOException {
    Files.writeString(file, Integer.toString(value), StandardCharsets.US_ASCII);
  }

  /** OSSEC's {@code fscanf("%d")} of an average file: 0 when missing, unreadable or negative. */
  static int readNumber(Path file) {
    String s;
    try {
      s = Files.readString(file, StandardCharsets.ISO_8859_1).strip();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    int i = 0;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long v = 0;
    int start = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && v <= Integer.MAX_VALUE) {
      v = v * 10 + (s.charAt(i++) - '0');
    }
    if (i == start || negative) {
      return 0;
    }
    return (int) Math.min(v, Integer.MAX_VALUE);
  }
}
