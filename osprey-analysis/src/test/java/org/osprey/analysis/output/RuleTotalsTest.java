package org.osprey.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.analysis.event.Event;

/** The hourly per-rule lines of the totals file, and firedtimes per hour. */
class RuleTotalsTest {
  @TempDir Path home;
  private final TestEngine eng = new TestEngine();
  private final RuleTotals totals = new RuleTotals(eng.rules, eng.state::firedTimes);

  private void invalidUser(int minute) {
    eng.analyze(String.format("1:/var/log/auth.log:Jan  5 11:%02d:00 web01 sshd[1]: Invalid user "
        + "u%d from 192.0.2.%d port 5000", minute, minute, minute), Samples.T + minute * 60L);
  }

  @Test
  void firedRulesAreListedThenTheHourLineAndCountsRestart() {
    invalidUser(1);
    invalidUser(2);
    eng.analyze("1:/var/log/fw.log:TESTFW DROP TCP 203.0.113.5:5555 192.0.2.1:22", Samples.T);
    totals.countEvent();
    totals.countEvent();
    totals.countEvent();
    totals.countFirewall();
    assertThat(totals.firedThisHour(eng.rule(5710))).isEqualTo(2);

    String text = totals.endHour(11);
    assertThat(text).contains("11-5710-5-2\n").contains("11-4101-5-1\n")
        .endsWith("11--" + sum(text) + "--3--0--1\n\n");
    assertThat(text.indexOf("11-5710-")).isLessThan(text.indexOf("11-4101-"));
    assertThat(totals.firedThisHour(eng.rule(5710))).isZero();

    invalidUser(3);
    assertThat(totals.firedThisHour(eng.rule(5710))).isEqualTo(1);
    assertThat(eng.state.firedTimes(eng.rule(5710))).isEqualTo(3);
    assertThat(totals.endHour(12)).isEqualTo("12-5710-5-1\n12--1--0--0--0\n\n");
  }

  /** The alert count of the hour line is the sum of the rule lines. */
  private static long sum(String text) {
    long s = 0;
    for (String l : text.split("\n")) {
      String[] p = l.split("-");
      if (p.length == 4) {
        s += Long.parseLong(p[3]);
      }
    }
    return s;
  }

  @Test
  void rulesOutsideTheTreeCountZero() {
    assertThat(totals.firedThisHour(StatsRule.create(4, 7, 1))).isZero();
  }

  @Test
  void hourChangeAppendsToTheDaysTotalsFile() throws IOException {
    FakeClock clock = new FakeClock(ZonedDateTime.of(2024, 1, 5, 11, 0, 0, 0, TestEngine.ZONE)
        .toInstant());
    OutputSettings s = new OutputSettings(true, false, false, false, null, 4,
        HourlyStats.Settings.DEFAULTS, 7, 1, "m", 0);
    try (AnalysisOutputs out = AnalysisOutputs.open(s, home, totals, AgentIds.UNKNOWN, clock,
        TestEngine.ZONE)) {
      invalidUser(5);
      Event next = eng.decoded("1:/var/log/auth.log:Jan  5 12:00:00 web01 sshd[1]: Connection "
          + "closed", Samples.T + 3600);
      out.beforeRules(next);
      Path f = home.resolve("stats/totals/2024/Jan/ossec-totals-05.log");
      assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
          .isEqualTo("11-5710-5-1\n11--1--0--0--0\n\n");
      Event tomorrow = eng.decoded("1:/var/log/auth.log:Jan  6 00:10:00 web01 sshd[1]: Connection "
          + "closed", Samples.T + 13 * 3600 + 600);
      out.beforeRules(tomorrow);
      assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
          .startsWith("11-5710-5-1\n11--1--0--0--0\n\n12--0--0--0--0\n\nHour totals - 0:0\n")
          .contains("Hour totals - 12:1\n").endsWith("Total events for day:1\n");
      assertThat(out.files().day()).isEqualTo(LocalDate.of(2024, 1, 6));
      assertThat(home.resolve("stats/hourly-average/12")).hasContent("21");
    }
  }
}
