package org.osprey.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.rule.Rule;

/** OSSEC's hourly averages and the excess alert, over fake days. */
class HourlyStatsTest {
  static final HourlyStats.Settings LOW = new HourlyStats.Settings(10, 1000, 50);
  static final Rule RULE = StatsRule.create(4, 7, 1);

  @TempDir Path home;

  static Event event(LocalDate day, int hour, int i) {
    long t = day.atTime(hour, i % 60, i / 60 % 60).atZone(TestEngine.ZONE).toEpochSecond();
    Event e = new Event('1', "/var/log/app.log", "event " + i, t, TestEngine.ZONE);
    e.setHostname("app01");
    return e;
  }

  /** Feeds {@code n} events in {@code hour} of {@code day}; returns the alerts raised. */
  static List<StatsAlert> feed(HourlyStats s, LocalDate day, int hour, int n) {
    List<StatsAlert> alerts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StatsAlert a = s.check(event(day, hour, i));
      if (a != null) {
        alerts.add(a);
      }
    }
    return alerts;
  }

  private String file(String relative) throws IOException {
    return Files.readString(home.resolve(relative), StandardCharsets.US_ASCII);
  }

  @Test
  void averagesOverFourDaysAndTheExcessAlert() throws IOException {
    HourlyStats s = HourlyStats.load(home, LOW, RULE);
    LocalDate d1 = LocalDate.of(2024, 1, 5);
    for (int day = 0; day < 3; day++) {
      LocalDate d = d1.plusDays(day);
      for (int h = 10; h <= 13; h++) {
        assertThat(feed(s, d, h, 10)).as("no alert before three days of averages").isEmpty();
      }
      s.endDay(d);
    }
    // Day 1: 10 + 20 = 30. Day 2: (10 + 2*30)/3 + 5 = 28. Day 3: (10 + 3*28)/4 + 5 = 28.
    assertThat(s.average(10)).isEqualTo(28);
    assertThat(s.average(24)).isEqualTo(3);
    assertThat(file("stats/hourly-average/10")).isEqualTo("28");
    assertThat(file("stats/hourly-average/24")).isEqualTo("3");
    assertThat(home.resolve("stats/hourly-average/9")).doesNotExist();
    assertThat(file("stats/weekly-average/5/10")).isEqualTo("30");
    assertThat(file("stats/weekly-average/5/24")).isEqualTo("1");
    assertThat(file("stats/weekly-average/1/24")).isEqualTo("0");

    LocalDate d4 = d1.plusDays(3);
    // Over 28 + max(10, 28*50/100 + 1) = 43: the 44th event of the hour.
    assertThat(s.threshold(28)).isEqualTo(43);
    List<StatsAlert> at10 = feed(s, d4, 10, 50);
    assertThat(at10).hasSize(1);
    StatsAlert a = at10.get(0);
    assertThat(a.event().fullLog())
        .isEqualTo("The average number of logs between 10:00 and 11:00 is 28. We reached 44.");
    assertThat(a.event().localTime().getMinute()).isEqualTo(43);
    assertThat(a.event().location()).isEqualTo("/var/log/app.log");
    assertThat(a.event().hostname()).isEqualTo("app01");
    assertThat(a.rule().id()).isEqualTo(11);
    assertThat(a.rule().level()).isEqualTo(4);
    assertThat(a.rule().group()).isEqualTo("stats,");
    assertThat(a.rule().description()).isEqualTo("Excessive number of events (above normal).");
    assertThat(a.rule().mail()).isFalse();

    assertThat(feed(s, d4, 11, 50)).hasSize(1);
    assertThat(feed(s, d4, 12, 50)).hasSize(1);
    assertThat(feed(s, d4, 13, 50)).as("at most three a day").isEmpty();
    s.endDay(d4);
    // After three alerts: (3*50 + 4*28)/(4+3) + 25 = 62.
    assertThat(s.average(10)).isEqualTo(62);
    assertThat(s.average(13)).isEqualTo(62);
    assertThat(s.average(24)).isEqualTo(4);

    assertThat(file("stats/totals/2024/Jan/ossec-totals-08.log")).isEqualTo(expectedTotals());
  }

  private static String expectedTotals() {
    StringBuilder b = new StringBuilder();
    for (int h = 0; h < 24; h++) {
      b.append("Hour totals - ").append(h).append(':').append(h >= 10 && h <= 13 ? 50 : 0)
          .append('\n');
    }
    return b.append("Total events for day:200\n").toString();
  }

  @Test
  void onlyOneAlertPerHourAndTheNextDayStartsAfresh() throws IOException {
    HourlyStats s = HourlyStats.load(home, LOW, RULE);
    LocalDate d = LocalDate.of(2024, 3, 1);
    for (int i = 0; i < 3; i++) {
      feed(s, d.plusDays(i), 9, 10);
      s.endDay(d.plusDays(i));
    }
    assertThat(feed(s, d.plusDays(3), 9, 200)).hasSize(1);
    s.endDay(d.plusDays(3));
    assertThat(feed(s, d.plusDays(4), 10, 200)).as("hour 10 has no average").isEmpty();
    assertThat(s.count(10)).isEqualTo(200);
  }

  @Test
  void savedAveragesAreReadBackAtStart() throws IOException {
    HourlyStats s = HourlyStats.load(home, LOW, RULE);
    LocalDate d = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 3; i++) {
      feed(s, d.plusDays(i), 8, 5 + i);
      s.endDay(d.plusDays(i));
    }
    HourlyStats again = HourlyStats.load(home, LOW, RULE);
    assertThat(again.average(8)).isEqualTo(s.average(8)).isPositive();
    assertThat(again.average(24)).isEqualTo(3);
    assertThat(again.weekdayAverage(1, 8)).isEqualTo(s.weekdayAverage(1, 8)).isEqualTo(25);
    List<StatsAlert> alerts = feed(again, d.plusDays(3), 8, 100);
    assertThat(alerts).hasSize(1);
  }

  @Test
  void brokenOrNegativeAverageFilesCountAsZero() throws IOException {
    Files.createDirectories(home.resolve("stats/hourly-average"));
    Files.writeString(home.resolve("stats/hourly-average/3"), "-7");
    Files.writeString(home.resolve("stats/hourly-average/4"), "abc");
    Files.writeString(home.resolve("stats/hourly-average/5"), " 42\n");
    HourlyStats s = HourlyStats.load(home, LOW, RULE);
    assertThat(s.average(3)).isZero();
    assertThat(s.average(4)).isZero();
    assertThat(s.average(5)).isEqualTo(42);
  }

  @Test
  void weekdayAlertAfterThreeWeeksWhenTheHourlyAverageIsHigh() throws IOException {
    HourlyStats s = HourlyStats.load(home, LOW, RULE);
    LocalDate friday = LocalDate.of(2024, 1, 5);
    for (int week = 0; week < 3; week++) {
      for (int day = 0; day < 7; day++) {
        LocalDate d = friday.plusWeeks(week).plusDays(day);
        assertThat(feed(s, d, 10, day == 0 ? 10 : 100)).isEmpty();
        s.endDay(d);
      }
    }
    assertThat(s.weekdayAverage(5, 24)).isEqualTo(3);
    assertThat(s.weekdayAverage(5, 10)).isEqualTo(28);
    assertThat(s.average(10)).isGreaterThan(60);
    List<StatsAlert> alerts = feed(s, friday.plusWeeks(3), 10, 50);
    assertThat(alerts).extracting(x -> x.event().fullLog()).containsExactly(
        "The average number of logs between 10:00 and 11:00 on Friday is 28. We reached 44.");
  }

  @Test
  void ruleElevenBelowTheLogLevelRaisesNothing() throws IOException {
    HourlyStats s = HourlyStats.load(home, LOW, StatsRule.create(4, 7, 5));
    LocalDate d = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 3; i++) {
      feed(s, d.plusDays(i), 8, 10);
      s.endDay(d.plusDays(i));
    }
    assertThat(feed(s, d.plusDays(3), 8, 100)).isEmpty();
    assertThat(StatsRule.create(8, 7, 1).mail()).isTrue();
  }
}
