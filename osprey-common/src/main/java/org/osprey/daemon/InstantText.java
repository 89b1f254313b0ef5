package org.osprey.daemon;

import java.time.Instant;
import org.osprey.text.CivilTime;

/**
 * {@link Instant#toString()}'s text ({@code 2026-11-23T18:21:54.120Z}: the fraction in groups of three
 * digits, none when zero) for the years 0 to 9999, written without {@code DateTimeFormatter}. A supervisor
 * writes its state file every few seconds, and the formatter would load about 45 classes of java.time's
 * formatting and locale data into every agent JVM for it alone.
 */
final class InstantText {
  private static final long YEAR_0 = -62_167_219_200L;
  private static final long YEAR_10000 = 253_402_300_800L;

  private InstantText() {}

  static String of(Instant t) {
    long secs = t.getEpochSecond();
    if (secs < YEAR_0 || secs >= YEAR_10000) {
      return t.toString(); // Instant adds a sign and more digits out there
    }
    StringBuilder b = CivilTime.ofEpochSecond(secs).appendTo(new StringBuilder(30), '-', 'T');
    int nano = t.getNano();
    if (nano > 0) {
      b.append('.');
      if (nano % 1_000_000 == 0) {
        CivilTime.pad(b, nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        CivilTime.pad(b, nano / 1000, 6);
      } else {
        CivilTime.pad(b, nano, 9);
      }
    }
    return b.append('Z').toString();
  }
}
