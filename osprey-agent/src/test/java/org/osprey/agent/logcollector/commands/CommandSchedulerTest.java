package org.osprey.agent.logcollector.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.agent.logcollector.testing.QueueSink;
import org.osprey.agent.logcollector.testing.TestLog;

/** Commands run at their frequency by the injected clock, with a timeout, failures reported. */
class CommandSchedulerTest {
  @TempDir Path dir;
  private QueueSink sink;
  private TestLog log;
  private PositionStore positions;
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-05T10:00:00Z"));
  private final InstantSource clock = () -> now.get();
  private CommandScheduler scheduler;

  @BeforeEach
  void setUp() throws Exception {
    sink = new QueueSink();
    log = new TestLog(dir.resolve("ossec.log"));
    positions = PositionStore.open(dir.resolve("positions"), w -> { });
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    if (scheduler != null) {
      scheduler.stop();
    }
    sink.close();
  }

  private CommandScheduler scheduler(Duration timeout, int maxLength, CommandSpec... specs) {
    scheduler = new CommandScheduler(List.of(specs), new CommandRunner(), timeout, maxLength,
        clock, sink.writer(), positions, log.daemon());
    return scheduler;
  }

  private void runDue(CommandScheduler s) throws InterruptedException {
    s.tick();
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!s.idle() && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(s.idle()).isTrue();
  }

  @Test
  void commandSendsEachNonEmptyLineUnderItsAliasWithoutColons() throws Exception {
    CommandScheduler s = scheduler(Duration.ofSeconds(5), 5887,
        CommandSpec.of("printf 'Filesystem 1K\\n\\n/dev/sda1 90%%\\nlast'", "df: disks", false,
            Duration.ofSeconds(360), false));
    runDue(s);
    assertThat(sink.awaitTexts("df\\ disks", 3)).containsExactly(
        "ossec: output: 'df\\ disks': Filesystem 1K",
        "ossec: output: 'df\\ disks': /dev/sda1 90%",
        "ossec: output: 'df\\ disks': last");
    assertThat(s.stats().runs()).isOne();
  }

  @Test
  void fullCommandSendsOneEventWithoutCarriageReturnsOrBlankLines() throws Exception {
    CommandScheduler s = scheduler(Duration.ofSeconds(5), 5887,
        CommandSpec.of("printf 'tcp 0.0.0.0:22\\r\\n\\n\\ntcp 0.0.0.0:80\\n'", null, true,
            Duration.ofSeconds(360), false));
    runDue(s);
    String location = "printf 'tcp 0.0.0.0\\22\\r\\n\\n\\ntcp 0.0.0.0\\80\\n'";
    assertThat(sink.awaitTexts(location, 1)).containsExactly(
        "ossec: output: '" + location + "':\ntcp 0.0.0.0:22\ntcp 0.0.0.0:80");
  }

  @Test
  void commandsRunAtStartThenAtTheirFrequencyByTheClock() throws Exception {
    Path count = dir.resolve("count");
    CommandScheduler s = scheduler(Duration.ofSeconds(5), 5887, CommandSpec.of(
        "echo run >> " + count + "; wc -l < " + count, "counter", false, Duration.ofSeconds(60),
        false));
    runDue(s);
    now.set(now.get().plusSeconds(59));
    runDue(s);
    assertThat(s.stats().runs()).isOne();
    now.set(now.get().plusSeconds(1));
    runDue(s);
    assertThat(sink.awaitTexts("counter", 2)).containsExactly(
        "ossec: output: 'counter': 1", "ossec: output: 'counter': 2");
  }

  @Test
  void aHangingCommandIsKilledAndReportedAndTheOthersGoOn() throws Exception {
    CommandScheduler s = scheduler(Duration.ofMillis(500), 5887,
        CommandSpec.of("echo started; sleep 31.517; echo never", "hang", false,
            Duration.ofSeconds(1), false),
        CommandSpec.of("echo fine", "fine", false, Duration.ofSeconds(1), false));
    long start = System.nanoTime();
    runDue(s);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(sink.awaitTexts("hang", 1)).containsExactly("ossec: output: 'hang': started");
    assertThat(sink.awaitTexts("fine", 1)).containsExactly("ossec: output: 'fine': fine");
    assertThat(log.text()).contains("ossec-logcollector: ERROR: Command 'echo started; sleep 31.517;"
        + " echo never' did not finish within 500 ms; it was killed.");
    assertThat(s.stats().timeouts()).isOne();
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!leftOver("31.517").isEmpty() && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    assertThat(leftOver("31.517")).isEmpty();
    now.set(now.get().plusSeconds(1));
    runDue(s);
    assertThat(sink.awaitTexts("fine", 2)).hasSize(2);
  }

  /** Live processes whose command line holds {@code marker}. */
  private static List<String> leftOver(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.pid() != ProcessHandle.current().pid())
        .map(p -> p.info().commandLine().orElse(""))
        .filter(c -> c.contains(marker)).toList();
  }

  @Test
  void aFailingCommandIsReportedOnceAndItsRecoverySaid() throws Exception {
    Path flag = dir.resolve("flag");
    CommandScheduler s = scheduler(Duration.ofSeconds(5), 5887, CommandSpec.of(
        "test -e " + flag + " || { echo boom >&2; exit 3; }", "check", true,
        Duration.ofSeconds(1), false));
    runDue(s);
    now.set(now.get().plusSeconds(1));
    runDue(s);
    Files.writeString(flag, "");
    now.set(now.get().plusSeconds(1));
    runDue(s);
    String text = log.text();
    assertThat(text.split("exited with status 3: boom", -1)).hasSize(2);
    assertThat(text).contains("ossec-logcollector: WARN: Command 'test -e ").contains("runs normally again");
    assertThat(s.stats().failures()).isEqualTo(2);
    CommandScheduler bad = new CommandScheduler(List.of(CommandSpec.of("true", null, false,
        Duration.ofSeconds(1), false)), new CommandRunner(List.of(dir + "/no-such-shell")),
        Duration.ofSeconds(1), 5887, clock, sink.writer(), positions, log.daemon());
    runDue(bad);
    assertThat(log.text()).contains("ERROR: Unable to execute command: 'true'");
  }

  @Test
  void checkDiffSendsOnlyChangedOutputAndRemembersItAcrossRestarts() throws Exception {
    Path f = dir.resolve("state");
    Files.writeString(f, "one\n");
    CommandSpec spec = CommandSpec.of("cat " + f, "state", true, Duration.ofSeconds(1), true);
    CommandScheduler s = scheduler(Duration.ofSeconds(5), 5887, spec);
    runDue(s);
    now.set(now.get().plusSeconds(1));
    runDue(s);
    assertThat(sink.awaitTexts("state", 1)).containsExactly("ossec: output: 'state':\none");
    assertThat(s.stats().unchanged()).isOne();
    s.stop();
    positions.save();
    positions = PositionStore.open(dir.resolve("positions"), w -> { });
    CommandScheduler again = scheduler(Duration.ofSeconds(5), 5887, spec);
    runDue(again);
    Files.writeString(f, "two\n");
    now.set(now.get().plusSeconds(1));
    runDue(again);
    assertThat(sink.awaitTexts("state", 2)).containsExactly(
        "ossec: output: 'state':\none", "ossec: output: 'state':\ntwo");
  }

  @Test
  void outputLongerThanTheMaximumIsCutAndSaidSo() throws Exception {
    CommandScheduler s = scheduler(Duration.ofSeconds(5), 300,
        CommandSpec.of("head -c 1000 /dev/zero | tr '\\0' y; echo", "long", false,
            Duration.ofSeconds(1), false),
        CommandSpec.of("head -c 1000 /dev/zero | tr '\\0' z", "longfull", true,
            Duration.ofSeconds(1), false));
    runDue(s);
    assertThat(sink.awaitTexts("long", 1)).singleElement().asString().hasSize(300).endsWith("yyy");
    assertThat(sink.awaitTexts("longfull", 1)).singleElement().asString().hasSize(300).endsWith("zzz");
    assertThat(log.text()).contains("Output of command 'long' was longer than 300 bytes on a line");
  }

  @Test
  void outputTextHelpersFollowOssec() {
    assertThat(CommandOutput.full("x", "\n\n".getBytes(), 2)).isNull();
    assertThat(CommandOutput.full("x", "a\r\nb".getBytes(), 4)).isEqualTo("ossec: output: 'x':\na\nb");
    assertThat(CommandSpec.of("netstat -tan", "", false, Duration.ofSeconds(1), false).location())
        .isEqualTo("netstat -tan");
  }
}
