package org.osprey.analysis.output;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.analysis.engine.Outcome;
import org.osprey.analysis.event.Event;

/** The daily logs under a fake clock: hard links, the day change, buffering, counters. */
class AnalysisOutputsTest {
  @TempDir Path home;
  private final TestEngine eng = new TestEngine();
  private FakeClock clock;
  private AnalysisOutputs out;

  static long epoch(int day, int hour, int minute) {
    return LocalDateTime.of(2024, 1, day, hour, minute).atZone(TestEngine.ZONE).toEpochSecond();
  }

  static OutputSettings settings(int statsLevel) {
    return new OutputSettings(true, true, true, true, null, statsLevel,
        HourlyStats.Settings.DEFAULTS, 7, 1, TestEngine.SERVER, 1000);
  }

  @BeforeEach
  void open() throws IOException {
    clock = new FakeClock(ZonedDateTime.of(2024, 1, 5, 22, 30, 0, 0, TestEngine.ZONE).toInstant());
    out = AnalysisOutputs.open(settings(0), home, new RuleTotals(eng.rules, eng.state::firedTimes),
        AgentIds.UNKNOWN, clock, TestEngine.ZONE);
  }

  @AfterEach
  void close() throws IOException {
    out.close();
  }

  private Path daily(LogKind k, int day) {
    return k.dailyFile(home, java.time.LocalDate.of(2024, 1, day));
  }

  /** Runs a queue message through the engine and every output, as the daemon would. */
  private Outcome feed(String wire, long time) throws IOException {
    Event pre = eng.decoded(wire, time);
    assertThat(out.beforeRules(pre)).isNull();
    Outcome o = eng.analyzer.finish(pre, eng.analyzer.match(pre, null, null));
    long id = 0;
    if (o.alert() && o.rule() != null) {
      id = out.alert(pre, o.rule());
    }
    out.archive(pre, o.alert() ? o.rule() : null, id);
    out.firewall(pre);
    return o;
  }

  private String ssh(int day, int hour, int minute) {
    return String.format("1:/var/log/auth.log:Jan %2d %02d:%02d:00 web01 sshd[1]: Invalid user u%d "
        + "from 192.0.2.%d port 5%d", day, hour, minute, minute, day * 10 + hour, minute);
  }

  @Test
  void startUpOpensTodaysFilesAndLinksTheStableNames() throws IOException {
    for (LogKind k : LogKind.values()) {
      assertThat(daily(k, 5)).exists();
      assertThat(Files.isSameFile(k.stableFile(home), daily(k, 5))).as(k.name()).isTrue();
    }
    assertThat(home.resolve("logs/alerts/2024/Jan/ossec-alerts-05.log")).exists();
    assertThat(home.resolve("logs/alerts/alerts.json")).exists();
    assertThat(home.resolve("logs/archives/2024/Jan/ossec-archive-05.json")).exists();
    assertThat(home.resolve("logs/firewall/firewall.log")).exists();
  }

  @Test
  void filesAndDirectoriesGetOssecsModes() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    var file = Files.getPosixFilePermissions(daily(LogKind.ALERTS, 5));
    var dir = Files.getPosixFilePermissions(daily(LogKind.ALERTS, 5).getParent());
    assertThat(file).isSubsetOf(PosixFilePermissions.fromString("rw-r-----"));
    assertThat(dir).isSubsetOf(PosixFilePermissions.fromString("rwxr-x---"));
    assertThat(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void dayChangesOnTheFirstEventOfANewHourOnAnotherDay() throws IOException {
    feed(ssh(5, 23, 10), epoch(5, 23, 10));
    feed("1:/var/log/fw.log:TESTFW DROP TCP 203.0.113.5:5555 192.0.2.1:22", epoch(5, 23, 20));
    out.flush();
    String day5 = Files.readString(daily(LogKind.ALERTS, 5), ISO_8859_1);
    assertThat(day5).contains("Rule: 5710 ").contains("Rule: 4101 ");

    feed(ssh(6, 0, 5), epoch(6, 0, 5));
    out.flush();
    assertThat(Files.isSameFile(LogKind.ALERTS.stableFile(home), daily(LogKind.ALERTS, 6)))
        .isTrue();
    assertThat(Files.readString(daily(LogKind.ALERTS, 5), ISO_8859_1)).isEqualTo(day5);
    assertThat(Files.readString(LogKind.ALERTS.stableFile(home), ISO_8859_1))
        .startsWith("** Alert " + epoch(6, 0, 5) + ".3: - ").contains("2024 Jan 06 00:05:00 ");
    assertThat(Files.readString(LogKind.ARCHIVES_JSON.stableFile(home), UTF_8))
        .contains("\"timestamp\":\"2024-01-06T00:05:00.000+0100\"");
  }

  @Test
  void previousDaysFileIsDeletedOnlyWhenEmpty() throws IOException {
    feed(ssh(5, 23, 10), epoch(5, 23, 10));
    feed(ssh(6, 0, 5), epoch(6, 0, 5));
    assertThat(daily(LogKind.ALERTS, 5)).exists();
    assertThat(daily(LogKind.ARCHIVES, 5)).exists();
    assertThat(daily(LogKind.FIREWALL, 5)).doesNotExist();
    assertThat(daily(LogKind.FIREWALL, 6)).exists();
    assertThat(Files.isSameFile(LogKind.FIREWALL.stableFile(home), daily(LogKind.FIREWALL, 6)))
        .isTrue();
  }

  @Test
  void anEventInTheSameHourOfALaterDayDoesNotMoveTheLogs() throws IOException {
    feed(ssh(6, 0, 5), epoch(6, 0, 5));
    feed(ssh(7, 0, 20), epoch(7, 0, 20));
    assertThat(out.files().day()).isEqualTo(java.time.LocalDate.of(2024, 1, 6));
    assertThat(daily(LogKind.ALERTS, 7)).doesNotExist();
    feed(ssh(7, 1, 0), epoch(7, 1, 0));
    assertThat(out.files().day()).isEqualTo(java.time.LocalDate.of(2024, 1, 7));
    assertThat(Files.isSameFile(LogKind.ALERTS.stableFile(home), daily(LogKind.ALERTS, 7)))
        .isTrue();
    assertThat(home.resolve("logs/alerts/2024/Jan")).isDirectoryContaining(
        p -> p.getFileName().toString().equals("ossec-alerts-07.log"));
  }

  @Test
  void monthAndYearDirectoriesFollowTheDay() throws IOException {
    clock.set(ZonedDateTime.of(2024, 12, 31, 23, 0, 0, 0, TestEngine.ZONE).toInstant());
    try (AnalysisOutputs o = AnalysisOutputs.open(settings(0), home.resolve("y"),
        new RuleTotals(eng.rules, eng.state::firedTimes), AgentIds.UNKNOWN, clock,
        TestEngine.ZONE)) {
      Event e = eng.decoded(ssh(1, 0, 1), LocalDateTime.of(2025, 1, 1, 0, 1)
          .atZone(TestEngine.ZONE).toEpochSecond());
      o.beforeRules(e);
      assertThat(home.resolve("y/logs/alerts/2024/Dec/ossec-alerts-31.log")).doesNotExist();
      assertThat(home.resolve("y/logs/alerts/2025/Jan/ossec-alerts-01.log")).exists();
    }
  }

  @Test
  void recordsWaitInTheBufferUntilFlushOrTheFlushInterval() throws IOException {
    Path alerts = LogKind.ALERTS.stableFile(home);
    feed(ssh(5, 22, 31), epoch(5, 22, 31));
    assertThat(Files.size(alerts)).isZero();
    out.flush();
    long afterFlush = Files.size(alerts);
    assertThat(afterFlush).isPositive();
    feed(ssh(5, 22, 32), epoch(5, 22, 32));
    assertThat(Files.size(alerts)).isEqualTo(afterFlush);
    clock.advance(Duration.ofMillis(1000));
    feed(ssh(5, 22, 33), epoch(5, 22, 33));
    assertThat(Files.size(alerts)).isGreaterThan(afterFlush);
  }

  @Test
  void closeWritesWhatIsBuffered() throws IOException {
    feed(ssh(5, 22, 31), epoch(5, 22, 31));
    out.close();
    assertThat(Files.readString(LogKind.ALERTS.stableFile(home), ISO_8859_1))
        .startsWith("** Alert ");
  }

  @Test
  void countersCountRecordsLinesAndBytes() throws IOException {
    feed(ssh(5, 22, 31), epoch(5, 22, 31));
    feed("1:/var/log/fw.log:TESTFW DROP TCP 203.0.113.5:5555 192.0.2.1:22", epoch(5, 22, 40));
    feed("1:/var/log/auth.log:Jan  5 22:41:00 web01 sshd[9]: Connection closed", epoch(5, 22, 41));
    out.flush();
    OutputCounters c = out.counters();
    assertThat(c.alerts()).isEqualTo(2);
    assertThat(c.archives()).isEqualTo(3);
    assertThat(c.firewall()).isEqualTo(1);
    assertThat(c.alertsLog().records()).isEqualTo(2);
    assertThat(c.alertsLog().bytes()).isEqualTo(Files.size(daily(LogKind.ALERTS, 5)));
    assertThat(c.alertsLog().lines())
        .isEqualTo(Files.readAllLines(daily(LogKind.ALERTS, 5), ISO_8859_1).size());
    assertThat(c.alertsJson().lines()).isEqualTo(2);
    assertThat(c.archivesLog().lines()).isEqualTo(3);
    assertThat(c.archivesJson().bytes()).isEqualTo(Files.size(daily(LogKind.ARCHIVES_JSON, 5)));
    assertThat(c.firewallLog().records()).isEqualTo(1);
  }

  @Test
  void disabledLogsAreNeitherCreatedNorWritten() throws IOException {
    Path h2 = home.resolve("minimal");
    OutputSettings s = new OutputSettings(false, false, false, false, "$RULEID $FULLLOG", 0,
        HourlyStats.Settings.DEFAULTS, 7, 1, "m", 0);
    try (AnalysisOutputs o = AnalysisOutputs.open(s, h2, new RuleTotals(eng.rules,
        eng.state::firedTimes), AgentIds.UNKNOWN, clock, TestEngine.ZONE)) {
      Event e = eng.event(ssh(5, 22, 50), epoch(5, 22, 50));
      o.alert(e, eng.rule(5710));
      assertThat(o.archive(e, null, 0)).isFalse();
      assertThat(o.firewall(e)).isFalse();
      assertThat(Files.readString(LogKind.ALERTS.stableFile(h2), ISO_8859_1))
          .isEqualTo("5710 " + e.fullLog() + "\n");
    }
    assertThat(LogKind.ALERTS_JSON.stableFile(h2)).doesNotExist();
    assertThat(LogKind.ARCHIVES.directory(h2)).doesNotExist();
    assertThat(LogKind.FIREWALL.directory(h2)).doesNotExist();
  }

  @Test
  void statisticsFailuresDoNotStopTheDayChange() throws IOException {
    Path h2 = home.resolve("broken");
    try (AnalysisOutputs o = AnalysisOutputs.open(settings(4), h2, new RuleTotals(eng.rules,
        eng.state::firedTimes), AgentIds.UNKNOWN, clock, TestEngine.ZONE)) {
      Files.writeString(h2.resolve("stats/totals/2024"), "not a directory");
      o.beforeRules(eng.decoded(ssh(5, 23, 1), epoch(5, 23, 1)));
      o.beforeRules(eng.decoded(ssh(6, 0, 1), epoch(6, 0, 1)));
      assertThat(o.files().day()).isEqualTo(java.time.LocalDate.of(2024, 1, 6));
      assertThat(Files.isSameFile(LogKind.ALERTS.stableFile(h2), LogKind.ALERTS.dailyFile(h2,
          java.time.LocalDate.of(2024, 1, 6)))).isTrue();
      assertThat(o.counters().statsErrors()).isEqualTo(3);
      IOException first = o.takeStatsError();
      assertThat(first).isNotNull();
      assertThat(first.getSuppressed()).hasSize(2);
      assertThat(o.takeStatsError()).isNull();
      assertThat(h2.resolve("stats/hourly-average/23")).hasContent("21");
    }
  }
}
