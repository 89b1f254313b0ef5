package org.osprey.analysis.rule;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A rule's {@code <weekday>}: day names or prefixes of at least three letters ({@code mon},
 * {@code monday}), {@code weekdays}, {@code weekends}, separated by commas or spaces. As OSSEC, a
 * leading {@code !} is not accepted.
 */
public record Weekdays(Set<DayOfWeek> days) {
  public Weekdays {
    days = Set.copyOf(days);
  }

  public static Weekdays parse(String text) {
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    for (String token : text.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
      if (token.isEmpty()) {
        continue;
      }
      switch (token) {
        case "weekdays" -> out.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        case "weekends" -> out.addAll(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        default -> out.add(day(token, text));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("invalid weekday '" + text + "'");
    }
    return new Weekdays(out);
  }

  private static DayOfWeek day(String token, String whole) {
    if (token.length() >= 3) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().toLowerCase(Locale.ROOT).startsWith(token)) {
          return d;
        }
      }
    }
    throw new IllegalArgumentException("invalid day '" + token + "' in weekday '" + whole + "'");
  }

  public boolean test(LocalDateTime t) {
    return days.contains(t.getDayOfWeek());
  }
}
