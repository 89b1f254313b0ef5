package org.osprey.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.daemon.testing.RelayDaemon;
import org.osprey.daemon.testing.SinkDaemon;
import org.osprey.daemon.testing.SourceDaemon;
import org.osprey.daemon.testing.TestQueues;
import org.osprey.install.InstallType;
import org.osprey.log.OssecLog;
import org.osprey.queue.InMemoryQueueHub;
import org.osprey.queue.QueueCounters;
import org.osprey.queue.QueueSettings;

/** One JVM, in-memory queues: start, pid and state files, and a stop that loses nothing. */
class SupervisorTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-06-01T08:00:00Z"));

  @TempDir Path home;

  private static PlannedDaemon planned(String name, RunsAs user, Supplier<Daemon> factory) {
    DaemonProvider p =
        new DaemonProvider() {
          @Override
          public String name() {
            return name;
          }

          @Override
          public RunsAs runsAs() {
            return user;
          }

          @Override
          public Set<InstallType> installTypes() {
            return Set.of(InstallType.LOCAL);
          }

          @Override
          public Daemon create() {
            return factory.get();
          }
        };
    return new PlannedDaemon(name, user, p);
  }

  /** The supervisor of a server's osprey JVM, with in-memory queues. */
  private Supervisor osprey(OssecLog log, PlannedDaemon... daemons) {
    return new Supervisor(new SupervisorSettings(home, InstallType.SERVER, "osprey", "osprey", 1), List.of(daemons),
        new InMemoryQueueHub(QueueSettings.DEFAULT), log, CLOCK);
  }

  private OssecLog log() throws Exception {
    return new OssecLog(
        home.resolve("logs/ossec.log"), CLOCK, ZoneOffset.UTC, new PrintStream(new ByteArrayOutputStream()));
  }

  @Test
  void stopDrainsEveryAcceptedMessageThroughSmallQueues() throws Exception {
    int total = 300;
    Files.createDirectories(home.resolve("etc"));
    Files.createDirectories(home.resolve("logs"));
    Files.write(home.resolve("etc/src.txt"), IntStream.range(0, total).mapToObj(i -> "line " + i).toList());
    List<PlannedDaemon> daemons =
        List.of(
            planned("t-sink", RunsAs.OSPREY,
                () -> new SinkDaemon("t-sink", TestQueues.SINK, "logs/sink.log", Duration.ofMillis(1))),
            planned("t-relay", RunsAs.OSPREYR,
                () -> new RelayDaemon("t-relay", TestQueues.RELAY, TestQueues.SINK)),
            planned("t-source", RunsAs.ROOT,
                () -> new SourceDaemon("t-source", "etc/src.txt", TestQueues.RELAY)));
    InMemoryQueueHub queues = new InMemoryQueueHub(new QueueSettings(4, 65536));
    OssecLog log = log();
    Supervisor supervisor =
        new Supervisor(
            new SupervisorSettings(home, InstallType.LOCAL, "all", "tester", 0), daemons, queues, log, CLOCK);
    supervisor.start();
    long pid = ProcessHandle.current().pid();
    RunFiles run = RunFiles.of(home);

    assertThat(supervisor.running()).containsExactly("t-sink", "t-relay", "t-source");
    assertThat(run.pidFile("t-relay", pid)).hasContent(pid + "");
    StateFile state = StateFile.read(run.stateFile("all"));
    assertThat(state.get("user")).isEqualTo("tester");
    assertThat(state.list("daemons")).containsExactly("t-sink", "t-relay", "t-source");
    assertThat(state.number("pid", 0)).isEqualTo(pid);
    assertThat(state.values()).containsKey("queue.queue/test/sink.in.received");

    supervisor.stop(); // at once: most lines are still on their way
    log.close();

    List<String> sunk = Files.readAllLines(home.resolve("logs/sink.log"));
    assertThat(sunk).hasSize(total);
    assertThat(sunk.getFirst()).endsWith("1:t-source:line 0");
    assertThat(sunk.getLast()).endsWith("1:t-source:line " + (total - 1));
    for (QueueCounters c : queues.counters()) {
      assertThat(c.dropped()).as(c.queue()).isZero();
      assertThat(c.queued()).as(c.queue()).isZero();
      assertThat(c.highWater()).as(c.queue()).isLessThanOrEqualTo(4);
    }
    assertThat(run.pidFilesOf(pid)).isEmpty();
    assertThat(run.stateFile("all")).doesNotExist();
    List<String> logLines = Files.readAllLines(home.resolve("logs/ossec.log"));
    assertThat(logLines)
        .contains(
            "2025/06/01 08:00:00 t-sink: INFO: Started (pid: " + pid + ", user: tester).",
            "2025/06/01 08:00:00 t-source: INFO: Sending 300 line(s) from etc/src.txt.",
            "2025/06/01 08:00:00 t-source: INFO: Stopped.");
    // Stopped in reverse start order: writers first.
    List<String> stops = logLines.stream().filter(l -> l.endsWith("Stopped.")).toList();
    assertThat(stops).extracting(l -> l.split(" ")[2]).containsExactly("t-source:", "t-relay:", "t-sink:");
  }

  @Test
  void aDaemonThatFailsToStartIsLoggedAndLeftOut() throws Exception {
    Daemon broken =
        new Daemon() {
          @Override
          public String name() {
            return "t-broken";
          }

          @Override
          public void start(DaemonContext context) {
            throw new IllegalStateException("port 1514 in use");
          }

          @Override
          public void stop() {
            throw new AssertionError("never started, never stopped");
          }
        };
    List<String> published = new ArrayList<>();
    Daemon counting =
        new Daemon() {
          @Override
          public String name() {
            return "t-counting";
          }

          @Override
          public void start(DaemonContext context) {
            context.counters().publish("events", () -> 42);
            published.add(context.log().daemon());
          }

          @Override
          public void stop() {}
        };
    OssecLog log = log();
    Supervisor supervisor = osprey(log, planned("t-broken", RunsAs.OSPREY, () -> broken),
        planned("t-counting", RunsAs.OSPREY, () -> counting));
    supervisor.start();
    StateFile state = StateFile.read(RunFiles.of(home).stateFile("osprey"));
    supervisor.stop();
    log.close();

    assertThat(published).containsExactly("t-counting");
    assertThat(state.list("daemons")).containsExactly("t-counting");
    assertThat(state.list("failed")).containsExactly("t-broken");
    assertThat(state.get("counter.t-counting.events")).isEqualTo("42");
    assertThat(state.get("install_type")).isEqualTo("server");
    assertThat(Files.readAllLines(home.resolve("logs/ossec.log")))
        .contains("2025/06/01 08:00:00 t-broken: CRITICAL: Could not start: IllegalStateException: port 1514 in use");
  }

  @Test
  void aDaemonItsConfigurationTurnsOffIsLeftOutWithoutFailing() throws Exception {
    Daemon off =
        new Daemon() {
          @Override
          public String name() {
            return "t-off";
          }

          @Override
          public void start(DaemonContext context) throws DaemonDisabledException {
            throw new DaemonDisabledException("<t> does not enable it");
          }

          @Override
          public void stop() {
            throw new AssertionError("never started, never stopped");
          }
        };
    OssecLog log = log();
    Supervisor supervisor = osprey(log, planned("t-off", RunsAs.OSPREY, () -> off));
    supervisor.start();
    StateFile state = StateFile.read(RunFiles.of(home).stateFile("osprey"));
    supervisor.stop();
    log.close();

    assertThat(supervisor.running()).isEmpty();
    assertThat(supervisor.failed()).isEmpty();
    assertThat(supervisor.disabled()).containsExactly("t-off");
    assertThat(state.list("disabled")).containsExactly("t-off");
    assertThat(state.list("failed")).isEmpty();
    assertThat(Files.readAllLines(home.resolve("logs/ossec.log")))
        .contains("2025/06/01 08:00:00 t-off: INFO: Disabled: <t> does not enable it; not started.");
  }
}
