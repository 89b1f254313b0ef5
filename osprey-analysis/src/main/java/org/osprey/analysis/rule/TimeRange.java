package org.osprey.analysis.rule;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A rule's {@code <time>}: {@code hh[:mm] [am|pm] - hh[:mm] [am|pm]}, optionally negated with a
 * leading {@code !}. As OSSEC, a range that crosses midnight is stored as the negation of the range
 * from end to start (its boundary minutes then count as outside) and its {@code !} is ignored.
 *
 * @param start first minute of the day inside the range
 * @param end last minute of the day inside the range
 * @param negated whether the result is inverted
 */
public record TimeRange(int start, int end, boolean negated) {

  /** Parses OSSEC's syntax; throws IllegalArgumentException naming the problem. */
  public static TimeRange parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    boolean negated = t.startsWith("!");
    if (negated) {
      t = t.substring(1).strip();
    }
    int dash = t.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException("invalid time '" + text + "' (expected hh:mm - hh:mm)");
    }
    int a = minute(t.substring(0, dash), text);
    int b = minute(t.substring(dash + 1), text);
    if (a > b) {
      return new TimeRange(b, a, true);
    }
    return new TimeRange(a, b, negated);
  }

  private static int minute(String side, String whole) {
    String s = side.strip();
    boolean pm = false;
    boolean am = false;
    if (s.endsWith("pm")) {
      pm = true;
      s = s.substring(0, s.length() - 2).strip();
    } else if (s.endsWith("am")) {
      am = true;
      s = s.substring(0, s.length() - 2).strip();
    }
    String[] hm = s.split(":", -1);
    try {
      int h = Integer.parseInt(hm[0]);
      int m = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
      if (hm.length > 2 || h < 0 || h > 23 || m < 0 || m > 59) {
        throw new NumberFormatException();
      }
      if (pm && h < 12) {
        h += 12;
      }
      if (am && h == 12) {
        h = 12; // OSSEC keeps 12 as 12 for both am and pm
      }
      return h * 60 + m;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid time '" + whole + "' (expected hh:mm - hh:mm)");
    }
  }

  /** Whether the receipt time is inside (honouring negation). */
  public boolean test(LocalDateTime t) {
    int m = t.getHour() * 60 + t.getMinute();
    boolean inside = m >= start && m <= end;
    return negated != inside;
  }
}
