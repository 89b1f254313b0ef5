package org.osprey.config.schema;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/** The generic value types. Section-specific ones live beside their sections. */
public final class Types {
  private Types() {}

  /** Non-empty text, used as written (after stripping). */
  public static ValueType<String> text() {
    return new Simple<>("text", s -> nonEmpty(s, "text"));
  }

  /** Any text, possibly empty. */
  public static ValueType<String> optionalText() {
    return new Simple<>("text (may be empty)", s -> s);
  }

  /** A non-empty file or directory path. */
  public static ValueType<String> path() {
    return new Simple<>("a path", s -> nonEmpty(s, "a path"));
  }

  /**
   * Pattern text for one of OSSEC's pattern engines, kept exactly as written (it is compiled, and
   * its syntax checked, by the component that uses it).
   */
  public static ValueType<String> pattern(String engine) {
    String what = "an " + engine + " pattern";
    return new ValueType<>() {
      @Override
      public String parse(String text) throws InvalidValueException {
        if (text.isBlank()) {
          throw new InvalidValueException(what);
        }
        return text;
      }

      @Override
      public String describe() {
        return what;
      }

      @Override
      public boolean keepsWhitespace() {
        return true;
      }
    };
  }

  /** A decimal number of digits only (no sign), within [min, max]. */
  public static ValueType<Integer> integer(int min, int max) {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("bad range " + min + "-" + max);
    }
    String what = max == Integer.MAX_VALUE ? "a number " + min + " or more" : "a number " + min + "-" + max;
    return new Simple<>(what, s -> (int) digits(s, min, max, what));
  }

  /** {@code yes} or {@code no} (ASCII case ignored). */
  public static ValueType<Boolean> yesNo() {
    return new ValueType<>() {
      @Override
      public Boolean parse(String text) throws InvalidValueException {
        if (text.equalsIgnoreCase("yes")) {
          return true;
        }
        if (text.equalsIgnoreCase("no")) {
          return false;
        }
        throw new InvalidValueException(describe());
      }

      @Override
      public String describe() {
        return "yes or no";
      }

      @Override
      public String show(Boolean value) {
        return value ? "yes" : "no";
      }
    };
  }

  /** An element whose presence sets the option: empty or {@code yes} is true, {@code no} false. */
  public static ValueType<Boolean> flag() {
    return new ValueType<>() {
      @Override
      public Boolean parse(String text) throws InvalidValueException {
        if (text.isEmpty() || text.equalsIgnoreCase("yes")) {
          return true;
        }
        if (text.equalsIgnoreCase("no")) {
          return false;
        }
        throw new InvalidValueException(describe());
      }

      @Override
      public String describe() {
        return "nothing (present = on), yes or no";
      }

      @Override
      public String show(Boolean value) {
        return value ? "on" : "off";
      }
    };
  }

  /** One of the given words (ASCII case ignored); the value is the word as declared. */
  public static ValueType<String> oneOf(String... words) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (String w : words) {
      byName.put(w, w);
    }
    return choice(byName);
  }

  /** One of an enum's constants, each written as {@code nameOf} says. */
  public static <E extends Enum<E>> ValueType<E> choice(Class<E> type, Function<E, String> nameOf) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      byName.put(nameOf.apply(e), e);
    }
    return choice(byName);
  }

  private static <E> ValueType<E> choice(Map<String, E> byName) {
    StringJoiner names = new StringJoiner(", ");
    byName.keySet().forEach(names::add);
    String what = "one of " + names;
    Map<E, String> nameOf = new LinkedHashMap<>();
    byName.forEach((k, v) -> nameOf.put(v, k));
    return new ValueType<>() {
      @Override
      public E parse(String text) throws InvalidValueException {
        for (Map.Entry<String, E> e : byName.entrySet()) {
          if (e.getKey().equalsIgnoreCase(text)) {
            return e.getValue();
          }
        }
        throw new InvalidValueException(what);
      }

      @Override
      public String describe() {
        return what;
      }

      @Override
      public String show(E value) {
        return nameOf.getOrDefault(value, String.valueOf(value));
      }
    };
  }

  /**
   * A duration in seconds within [min, max]: a plain number (all OSSEC 4.3 accepts), or a number
   * followed by {@code s}, {@code m}, {@code h}, {@code d} or {@code w}.
   */
  public static ValueType<Duration> seconds(long min, long max) {
    String what = "seconds " + min + "-" + max + ", or a number with s, m, h, d or w";
    return new ValueType<>() {
      @Override
      public Duration parse(String text) throws InvalidValueException {
        String number = text;
        long unit = 1;
        if (!text.isEmpty()) {
          unit = switch (Character.toLowerCase(text.charAt(text.length() - 1))) {
            case 's' -> 1;
            case 'm' -> 60;
            case 'h' -> 3600;
            case 'd' -> 86400;
            case 'w' -> 604800;
            default -> 0;
          };
          if (unit != 0) {
            number = text.substring(0, text.length() - 1);
          } else {
            unit = 1;
          }
        }
        long n = digits(number, 0, Long.MAX_VALUE / 604800, what);
        long total = n * unit;
        if (total < min || total > max) {
          throw new InvalidValueException(what);
        }
        return Duration.ofSeconds(total);
      }

      @Override
      public String describe() {
        return what;
      }

      @Override
      public String show(Duration value) {
        return Long.toString(value.toSeconds());
      }
    };
  }

  /**
   * A list of {@code element}s separated by any of {@code separators}; empty items are skipped.
   *
   * @param maxItems the most items accepted
   * @param allowEmpty whether an empty list is accepted
   */
  public static <E> ValueType<List<E>> list(
      ValueType<E> element, String separators, int maxItems, boolean allowEmpty) {
    String seps = describeSeparators(separators);
    String what = (allowEmpty ? "zero or more" : "one or more") + " of (" + element.describe()
        + ") separated by " + seps + ", at most " + maxItems;
    return new ValueType<>() {
      @Override
      public List<E> parse(String text) throws InvalidValueException {
        List<E> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
          if (i == text.length() || separators.indexOf(text.charAt(i)) >= 0) {
            String s = item.toString().strip();
            item.setLength(0);
            if (s.isEmpty()) {
              continue;
            }
            if (out.size() == maxItems) {
              throw new InvalidValueException(what);
            }
            try {
              out.add(element.parse(s));
            } catch (InvalidValueException e) {
              throw new InvalidValueException(what + "; '" + s + "' is not " + e.expected());
            }
          } else {
            item.append(text.charAt(i));
          }
        }
        if (out.isEmpty() && !allowEmpty) {
          throw new InvalidValueException(what);
        }
        return List.copyOf(out);
      }

      @Override
      public String describe() {
        return what;
      }

      @Override
      public String show(List<E> value) {
        StringJoiner j = new StringJoiner(",");
        value.forEach(v -> j.add(element.show(v)));
        return j.toString();
      }
    };
  }

  private static String describeSeparators(String separators) {
    List<String> names = new ArrayList<>();
    for (char c : separators.toCharArray()) {
      names.add(switch (c) {
        case ' ' -> "spaces";
        case '\t', '\n', '\r' -> "";
        case ',' -> "commas";
        default -> "'" + c + "'";
      });
    }
    names.removeIf(String::isEmpty);
    return String.join(" or ", names);
  }

  /** Parses ASCII digits only, within [min, max]; anything else is refused with {@code what}. */
  static long digits(String s, long min, long max, String what) throws InvalidValueException {
    if (s.isEmpty() || s.length() > 18) {
      throw new InvalidValueException(what);
    }
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException(what);
      }
      n = n * 10 + (c - '0');
    }
    if (n < min || n > max) {
      throw new InvalidValueException(what);
    }
    return n;
  }

  private static String nonEmpty(String s, String what) throws InvalidValueException {
    if (s.isEmpty()) {
      throw new InvalidValueException(what);
    }
    return s;
  }

  /** A parser of text, for {@link Simple}. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(String text) throws InvalidValueException;
  }

  /** A value type made of a description and a parser. */
  record Simple<T>(String describe, Parser<T> parser) implements ValueType<T> {
    @Override
    public T parse(String text) throws InvalidValueException {
      return parser.parse(text);
    }
  }

  /** A time of day as OSSEC writes it: {@code hh}, {@code hh:mm}, optionally followed by am or pm. */
  public static ValueType<LocalTime> timeOfDay() {
    String what = "a time such as 21:00, 9pm or 9:30 am";
    return new ValueType<>() {
      @Override
      public LocalTime parse(String text) throws InvalidValueException {
        String t = text.toLowerCase(Locale.ROOT);
        int half = 0;
        if (t.endsWith("am") || t.endsWith("pm")) {
          half = t.endsWith("am") ? 1 : 2;
          t = t.substring(0, t.length() - 2).strip();
        }
        int colon = t.indexOf(':');
        String h = colon < 0 ? t : t.substring(0, colon);
        String m = colon < 0 ? "0" : t.substring(colon + 1);
        if (h.length() > 2 || (colon >= 0 && m.length() != 2)) {
          throw new InvalidValueException(what);
        }
        int hour = (int) digits(h, 0, half == 0 ? 23 : 12, what);
        int minute = (int) digits(m, 0, 59, what);
        if (half != 0 && hour == 0) {
          throw new InvalidValueException(what);
        }
        if (half == 1 && hour == 12) {
          hour = 0;
        } else if (half == 2 && hour != 12) {
          hour += 12;
        }
        return LocalTime.of(hour, minute);
      }

      @Override
      public String describe() {
        return what;
      }
    };
  }

  /**
   * Days of the week separated by spaces or commas: {@code monday} or {@code mon} and so on, plus
   * {@code weekdays} and {@code weekends}.
   */
  public static ValueType<Set<DayOfWeek>> weekdays() {
    String what = "day names (monday or mon ..., weekdays, weekends) separated by commas or spaces";
    return new ValueType<>() {
      @Override
      public Set<DayOfWeek> parse(String text) throws InvalidValueException {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String word : text.split("[ ,]+")) {
          if (word.isEmpty()) {
            continue;
          }
          String w = word.toLowerCase(Locale.ROOT);
          if (w.equals("weekdays")) {
            days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
          } else if (w.equals("weekends")) {
            days.add(DayOfWeek.SATURDAY);
            days.add(DayOfWeek.SUNDAY);
          } else {
            days.add(day(w, what));
          }
        }
        if (days.isEmpty()) {
          throw new InvalidValueException(what);
        }
        return Collections.unmodifiableSet(days);
      }

      @Override
      public String describe() {
        return what;
      }
    };
  }

  private static DayOfWeek day(String w, String what) throws InvalidValueException {
    for (DayOfWeek d : DayOfWeek.values()) {
      String full = d.name().toLowerCase(Locale.ROOT);
      if (w.equals(full) || w.equals(full.substring(0, 3))) {
        return d;
      }
    }
    throw new InvalidValueException(what);
  }
}
