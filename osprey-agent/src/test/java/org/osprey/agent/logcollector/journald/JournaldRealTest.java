package org.osprey.agent.logcollector.journald;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.agent.logcollector.testing.QueueSink;
import org.osprey.agent.logcollector.testing.TestLog;

/**
 * The journald source against this host's real journalctl and journal. Runs only where journalctl
 * exists and the journal can be read: with journald running, it logs an entry of its own and waits
 * for it; without, it resumes from the cursor of an entry and expects the next one that has a
 * message.
 */
class JournaldRealTest {
  @TempDir Path dir;

  private static String run(List<String> argv) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(argv).redirectErrorStream(true).start();
    } catch (IOException e) {
      return null;
    }
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
      return null;
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  @Test
  void followsTheRealJournal() throws Exception {
    assumeTrue(run(List.of("journalctl", "--version")) != null,
        "journalctl is not installed here, so the journald source cannot be tried for real");
    String last = run(List.of("journalctl", "-n", "20", "-o", "json", "-q", "--no-pager"));
    assumeTrue(last != null, "journalctl cannot read the journal here (not root or not in the"
        + " systemd-journal group)");
    // journald takes entries if systemd-cat can log one (a socket file alone may be stale).
    boolean journaldRunning = Files.exists(Path.of("/run/systemd/journal/socket"))
        && run(List.of("systemd-cat", "-t", "osprey-probe", "true")) != null;
    List<JournalEntry> entries = new java.util.ArrayList<>();
    for (String l : last.lines().filter(l -> l.startsWith("{")).toList()) {
      entries.add(JournalEntry.parse(l));
    }
    int target = entries.size() - 1;
    while (target > 0 && (entries.get(target).message() == null
        || entries.get(target).message().isEmpty())) {
      target--;
    }
    assumeTrue(journaldRunning || target > 0, "journald is not running here and the journal has"
        + " no two entries to resume between, so there is nothing to read for real");

    try (QueueSink sink = new QueueSink()) {
      TestLog log = new TestLog(dir.resolve("ossec.log"));
      PositionStore positions = PositionStore.open(dir.resolve("positions"), w -> { });
      String expected;
      String location;
      if (journaldRunning) {
        location = "osprey-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        expected = location + ": hello from the logcollector test";
      } else {
        location = "all";
        positions.setCursor("journald:all", entries.get(target - 1).cursor());
        expected = entries.get(target).event(ZoneId.systemDefault(), "here").substring(26);
      }
      JournaldSource source = new JournaldSource(List.of("journalctl"), location, false,
          positions, sink.writer(), log.daemon(), ZoneId.systemDefault(), "here", 5887,
          Duration.ofSeconds(1));
      source.start();
      try {
        if (journaldRunning) {
          Thread.sleep(500); // journalctl starts at the journal's end
          assertThat(run(List.of("systemd-cat", "-t", location, "echo",
              "hello from the logcollector test"))).isNotNull();
        }
        List<String> got = sink.await(all -> all.stream().anyMatch(m -> m.text().endsWith(expected)))
            .stream().map(m -> m.location()).distinct().toList();
        assertThat(got).containsExactly("journald");
      } finally {
        source.stop();
      }
    }
  }
}
