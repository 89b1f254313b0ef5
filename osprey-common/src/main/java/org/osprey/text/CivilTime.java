package org.osprey.text;

/**
 * A proleptic Gregorian date and time of day, from a count of seconds since 1970-01-01T00:00 in some
 * time scale (UTC, or local time once the caller has added its offset). Computed with H. Hinnant's
 * days-to-civil algorithm rather than {@code java.time}, whose zone and formatting machinery an agent
 * JVM would otherwise load for a log timestamp.
 */
public record CivilTime(long year, int month, int day, int hour, int minute, int second) {
  private static final int SECONDS_PER_DAY = 86_400;

  /** The calendar fields of {@code epochSecond}. */
  public static CivilTime ofEpochSecond(long epochSecond) {
    long days = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int secOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
    // Days since 0000-03-01, in eras of 400 years (146,097 days); March-based years put leap days last.
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    int doe = (int) (z - era * 146_097);
    int yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int day = doy - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return new CivilTime(year, month, day, secOfDay / 3600, secOfDay / 60 % 60, secOfDay % 60);
  }

  /**
   * Appends {@code yyyy<dateSep>MM<dateSep>dd<between>HH:mm:ss}: {@code ('/', ' ')} gives ossec.log's
   * {@code 2025/01/31 13:05:09}, {@code ('-', 'T')} ISO 8601's {@code 2025-01-31T13:05:09}. The year is not
   * negative.
   */
  public StringBuilder appendTo(StringBuilder b, char dateSep, char between) {
    pad(b, year, 4).append(dateSep);
    pad(b, month, 2).append(dateSep);
    pad(b, day, 2).append(between);
    pad(b, hour, 2).append(':');
    pad(b, minute, 2).append(':');
    return pad(b, second, 2);
  }

  /** Appends {@code v} with at least {@code width} digits, zero-padded; {@code v} is not negative. */
  public static StringBuilder pad(StringBuilder b, long v, int width) {
    long limit = 10;
    for (int i = 1; i < width; i++, limit *= 10) {
      if (v < limit) {
        b.append('0');
      }
    }
    return b.append(v);
  }
}
