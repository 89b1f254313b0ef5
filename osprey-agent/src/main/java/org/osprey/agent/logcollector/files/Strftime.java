package org.osprey.agent.logcollector.files;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The C library's {@code strftime} in the C locale, for {@code <location>}s such as
 * {@code /var/log/app-%Y-%m-%d.log}. Supports the conversions of C99 and POSIX that make sense in a
 * file name: {@code %a %A %b %B %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %R %s %S %t %T
 * %u %U %V %w %W %y %Y %z %Z %%}. Anything else is refused when the location is read.
 */
public final class Strftime {
  private Strftime() {}

  /** True when {@code pattern} has a {@code %} conversion. */
  public static boolean hasConversions(String pattern) {
    return pattern.indexOf('%') >= 0;
  }

  /**
   * Checks every conversion of {@code pattern}.
   *
   * @throws IllegalArgumentException naming the first unsupported conversion
   */
  public static void check(String pattern) {
    if (hasConversions(pattern)) {
      format(pattern, ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }
  }

  /** Formats {@code pattern} at {@code t}. */
  public static String format(String pattern, ZonedDateTime t) {
    StringBuilder b = new StringBuilder(pattern.length() + 16);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        b.append(c);
        continue;
      }
      if (++i >= pattern.length()) {
        throw new IllegalArgumentException("'%' at the end of '" + pattern + "'");
      }
      char k = pattern.charAt(i);
      switch (k) {
        case 'a' -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
        case 'A' -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
        case 'b', 'h' -> b.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
        case 'B' -> b.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
        case 'C' -> two(b, t.getYear() / 100);
        case 'd' -> two(b, t.getDayOfMonth());
        case 'D' -> {
          two(b, t.getMonthValue());
          b.append('/');
          two(b, t.getDayOfMonth());
          b.append('/');
          two(b, t.getYear() % 100);
        }
        case 'e' -> spaced(b, t.getDayOfMonth());
        case 'F' -> {
          b.append(t.getYear()).append('-');
          two(b, t.getMonthValue());
          b.append('-');
          two(b, t.getDayOfMonth());
        }
        case 'g' -> two(b, t.get(IsoFields.WEEK_BASED_YEAR) % 100);
        case 'G' -> b.append(t.get(IsoFields.WEEK_BASED_YEAR));
        case 'H' -> two(b, t.getHour());
        case 'I' -> two(b, hour12(t));
        case 'j' -> {
          int d = t.getDayOfYear();
          b.append(d < 10 ? "00" : d < 100 ? "0" : "").append(d);
        }
        case 'k' -> spaced(b, t.getHour());
        case 'l' -> spaced(b, hour12(t));
        case 'm' -> two(b, t.getMonthValue());
        case 'M' -> two(b, t.getMinute());
        case 'n' -> b.append('\n');
        case 'p' -> b.append(t.getHour() < 12 ? "AM" : "PM");
        case 'R' -> {
          two(b, t.getHour());
          b.append(':');
          two(b, t.getMinute());
        }
        case 's' -> b.append(t.toEpochSecond());
        case 'S' -> two(b, t.getSecond());
        case 't' -> b.append('\t');
        case 'T' -> {
          two(b, t.getHour());
          b.append(':');
          two(b, t.getMinute());
          b.append(':');
          two(b, t.getSecond());
        }
        case 'u' -> b.append(t.getDayOfWeek().getValue());
        case 'U' -> two(b, (t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7);
        case 'V' -> two(b, t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        case 'w' -> b.append(t.getDayOfWeek().getValue() % 7);
        case 'W' -> two(b, (t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7);
        case 'y' -> two(b, t.getYear() % 100);
        case 'Y' -> b.append(t.getYear());
        case 'z' -> {
          int s = t.getOffset().getTotalSeconds();
          b.append(s < 0 ? '-' : '+');
          s = Math.abs(s);
          two(b, s / 3600);
          two(b, s / 60 % 60);
        }
        case 'Z' -> b.append(t.getZone().getDisplayName(TextStyle.SHORT, Locale.US));
        case '%' -> b.append('%');
        default -> throw new IllegalArgumentException(
            "unsupported conversion '%" + k + "' in '" + pattern + "'");
      }
    }
    return b.toString();
  }

  private static int hour12(ZonedDateTime t) {
    return t.get(ChronoField.CLOCK_HOUR_OF_AMPM);
  }

  private static void two(StringBuilder b, int v) {
    if (v < 10) {
      b.append('0');
    }
    b.append(v);
  }

  private static void spaced(StringBuilder b, int v) {
    if (v < 10) {
      b.append(' ');
    }
    b.append(v);
  }
}
