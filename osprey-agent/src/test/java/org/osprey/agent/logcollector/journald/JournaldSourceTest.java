package org.osprey.agent.logcollector.journald;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.agent.logcollector.testing.QueueSink;
import org.osprey.agent.logcollector.testing.TestLog;

/**
 * The journald source against a stand-in journalctl (a script that records its arguments and
 * prints canned entries), so cursors, restarts and failures are tested on any host.
 */
class JournaldSourceTest {
  private static final String E1 = "{\"__CURSOR\":\"c1\",\"__REALTIME_TIMESTAMP\":\"1772690889000000\","
      + "\"_HOSTNAME\":\"web1\",\"SYSLOG_IDENTIFIER\":\"sshd\",\"MESSAGE\":\"Accepted password for alice\"}";
  private static final String E2 = "{\"__CURSOR\":\"c2\",\"__REALTIME_TIMESTAMP\":\"1772690890000000\","
      + "\"_HOSTNAME\":\"web1\",\"SYSLOG_IDENTIFIER\":\"sshd\",\"MESSAGE\":\"\"}";
  private static final String E3 = "{\"__CURSOR\":\"c3\",\"__REALTIME_TIMESTAMP\":\"1772690891000000\","
      + "\"_HOSTNAME\":\"web1\",\"SYSLOG_IDENTIFIER\":\"su\",\"MESSAGE\":\"caf\u00c3\u00a9 [103]\"}";

  @TempDir Path dir;
  private QueueSink sink;
  private TestLog log;
  private JournaldSource source;

  @BeforeEach
  void setUp() throws Exception {
    sink = new QueueSink();
    log = new TestLog(dir.resolve("ossec.log"));
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    if (source != null) {
      source.stop();
    }
    sink.close();
  }

  private Path script(String body) throws Exception {
    Path s = dir.resolve("journalctl");
    Files.write(s, ("#!/bin/sh\necho \"$@\" >> " + dir.resolve("args") + "\n" + body)
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.setPosixFilePermissions(s, PosixFilePermissions.fromString("rwxr-xr-x"));
    return s;
  }

  private JournaldSource source(Path journalctl, PositionStore positions, boolean onlyFuture) {
    source = new JournaldSource(List.of(journalctl.toString()), "sshd", onlyFuture, positions,
        sink.writer(), log.daemon(), ZoneOffset.UTC, "here", 5887, Duration.ofMillis(100));
    source.start();
    return source;
  }

  private List<String> args() throws Exception {
    return Files.readAllLines(dir.resolve("args"));
  }

  @Test
  void sendsEntriesAndResumesAfterTheLastCursorOnRestart() throws Exception {
    Path j = script("case \"$*\" in\n  *--after-cursor=c2*) printf '%s\\n' '" + E3 + "' ;;\n"
        + "  *) printf '%s\\n' '" + E1 + "' '" + E2 + "' ;;\nesac\nexec sleep 60\n");
    PositionStore positions = PositionStore.open(dir.resolve("positions"), w -> { });
    JournaldSource first = source(j, positions, false);
    assertThat(sink.awaitTexts("journald", 1)).containsExactly(
        "2026-03-05T06:08:09+00:00 web1 sshd: Accepted password for alice");
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!"c2".equals(positions.cursor(first.cursorKey())) && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(positions.cursor(first.cursorKey())).isEqualTo("c2"); // the empty entry counts as read
    first.stop();
    positions.save();

    source(j, PositionStore.open(dir.resolve("positions"), w -> { }), false);
    assertThat(sink.awaitTexts("journald", 2)).last().isEqualTo(
        "2026-03-05T06:08:11+00:00 web1 su: caf\u00c3\u00a9 [103]");
    assertThat(args()).containsExactly(
        "--output=json --all --follow --quiet --no-pager --lines=0 --identifier=sshd",
        "--output=json --all --follow --quiet --no-pager --after-cursor=c2 --no-tail --identifier=sshd");
    sink.assertNoMore("journald", 2, Duration.ofMillis(200));
  }

  @Test
  void onlyFutureEventsIgnoresTheSavedCursor() throws Exception {
    Path j = script("exec sleep 60\n");
    PositionStore positions = PositionStore.open(dir.resolve("positions"), w -> { });
    positions.setCursor("journald:sshd", "c9");
    source(j, positions, true);
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!Files.exists(dir.resolve("args")) && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(args()).singleElement().asString().contains("--lines=0").doesNotContain("c9");
  }

  @Test
  void aJournalctlThatFailsIsReportedOnceAndStartedAgain() throws Exception {
    Path j = script("echo 'Failed to open journal: Permission denied' >&2\nexit 1\n");
    source(j, PositionStore.open(dir.resolve("positions"), w -> { }), false);
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while ((!Files.exists(dir.resolve("args")) || args().size() < 3) && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    assertThat(args()).hasSizeGreaterThanOrEqualTo(3);
    String text = log.text();
    assertThat(text).contains("ERROR: " + j + " for journald log 'sshd' ended (status 1: Failed to"
        + " open journal: Permission denied); it will be started again in 0 s.");
    assertThat(text.split("Permission denied", -1)).hasSize(2);
  }
}
