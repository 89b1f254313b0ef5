package org.osprey.config.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The generic value types. */
class TypesTest {

  @Test
  void integersAreDigitsOnlyWithinTheirRange() throws InvalidValueException {
    ValueType<Integer> t = Types.integer(1, 9999);
    assertThat(t.parse("12")).isEqualTo(12);
    assertThat(t.describe()).isEqualTo("a number 1-9999");
    for (String bad : List.of("", "0", "10000", "+5", "-1", "1e3", "12 ", "99999999999999999999")) {
      assertThatThrownBy(() -> t.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class)
          .hasMessage("a number 1-9999");
    }
    assertThat(Types.integer(0, Integer.MAX_VALUE).describe()).isEqualTo("a number 0 or more");
  }

  @Test
  void secondsTakeOssecsPlainNumbersAndUnits() throws InvalidValueException {
    ValueType<Duration> t = Types.seconds(0, 604800);
    assertThat(t.parse("600")).isEqualTo(Duration.ofMinutes(10));
    assertThat(t.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(t.parse("10M")).isEqualTo(Duration.ofMinutes(10));
    assertThat(t.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(t.parse("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(t.parse("1w")).isEqualTo(Duration.ofDays(7));
    for (String bad : List.of("", "h", "2w", "1.5h", "-1", "5 m", "3x")) {
      assertThatThrownBy(() -> t.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void timesOfDayAsOssecWritesThem() throws InvalidValueException {
    ValueType<LocalTime> t = Types.timeOfDay();
    assertThat(t.parse("21:00")).isEqualTo(LocalTime.of(21, 0));
    assertThat(t.parse("9pm")).isEqualTo(LocalTime.of(21, 0));
    assertThat(t.parse("9:30 am")).isEqualTo(LocalTime.of(9, 30));
    assertThat(t.parse("12am")).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(t.parse("12pm")).isEqualTo(LocalTime.NOON);
    for (String bad : List.of("24:00", "13pm", "9:5", "9:60", "noon", "", "0am")) {
      assertThatThrownBy(() -> t.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void weekdays() throws InvalidValueException {
    ValueType<java.util.Set<DayOfWeek>> t = Types.weekdays();
    assertThat(t.parse("weekdays")).hasSize(5).doesNotContain(DayOfWeek.SUNDAY);
    assertThat(t.parse("Sun, sat")).containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY);
    assertThatThrownBy(() -> t.parse("sundays")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> t.parse(" , ")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void listsSkipEmptyItemsAndCountTheRest() throws InvalidValueException {
    ValueType<List<Integer>> t = Types.list(Types.integer(0, 99), ", ", 3, false);
    assertThat(t.parse("1,,2 3")).containsExactly(1, 2, 3);
    assertThatThrownBy(() -> t.parse("1,2,3,4")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> t.parse("1,x")).hasMessageContaining("'x' is not a number 0-99");
    assertThatThrownBy(() -> t.parse(" ,")).isInstanceOf(InvalidValueException.class);
    assertThat(Types.list(Types.text(), ",", 2, true).parse("")).isEmpty();
  }

  @Test
  void choicesIgnoreCaseAndGiveTheDeclaredWord() throws InvalidValueException {
    ValueType<String> t = Types.oneOf("udp", "tcp");
    assertThat(t.parse("TCP")).isEqualTo("tcp");
    assertThatThrownBy(() -> t.parse("sctp")).hasMessage("one of udp, tcp");
  }

  @Test
  void flagsAndPatterns() throws InvalidValueException {
    assertThat(Types.flag().parse("")).isTrue();
    assertThat(Types.flag().parse("no")).isFalse();
    assertThatThrownBy(() -> Types.flag().parse("x")).isInstanceOf(InvalidValueException.class);
    ValueType<String> p = Types.pattern("OS_Match");
    assertThat(p.keepsWhitespace()).isTrue();
    assertThat(p.parse(" sshd ")).isEqualTo(" sshd ");
    assertThatThrownBy(() -> p.parse("  ")).hasMessage("an OS_Match pattern");
  }

  @Property(tries = 300)
  void integersRoundTrip(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1_000_000) int n)
      throws InvalidValueException {
    assertThat(Types.integer(0, 1_000_000).parse(Integer.toString(n))).isEqualTo(n);
  }

  @Property(tries = 300)
  void secondsNeverThrowAnythingElse(@ForAll String text) {
    try {
      assertThat(Types.seconds(0, Integer.MAX_VALUE).parse(text).toSeconds()).isNotNegative();
    } catch (InvalidValueException e) {
      assertThat(e.expected()).startsWith("seconds");
    }
  }
}
