package org.osprey.agent.logcollector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.agent.logcollector.files.FileCollector;
import org.osprey.agent.logcollector.testing.QueueSink;
import org.osprey.agent.logcollector.testing.TestLog;
import org.osprey.config.InternalOptions;
import org.osprey.daemon.CounterBoard;
import org.osprey.daemon.DaemonContext;
import org.osprey.daemon.DaemonProvider;
import org.osprey.daemon.RunsAs;
import org.osprey.install.InstallType;

/** ossec-logcollector as the runtime runs it: ossec.conf in, queue messages out. */
class LogcollectorIntegrationTest {
  @TempDir Path home;
  private QueueSink sink;
  private TestLog log;
  private final CounterBoard counters = new CounterBoard();
  private Logcollector running;

  @BeforeEach
  void install() throws IOException {
    for (String d : List.of("etc", "logs", "queue/positions", "watched")) {
      Files.createDirectories(home.resolve(d));
    }
    Files.writeString(home.resolve("etc/internal_options.conf"), InternalOptions.defaultsText());
    Files.writeString(home.resolve("etc/local_internal_options.conf"), "logcollector.loop_timeout=1\n");
    sink = new QueueSink();
    log = new TestLog(home.resolve("logs/ossec.log"));
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    if (running != null) {
      running.stop();
    }
    sink.close();
  }

  private void conf(String localfiles) throws IOException {
    Files.writeString(home.resolve("etc/ossec.conf"), "<ossec_config>\n" + localfiles
        + "</ossec_config>\n");
  }

  private Logcollector start(List<String> journalctl) throws Exception {
    Logcollector l = new Logcollector(journalctl, true);
    l.start(new DaemonContext(home, InstallType.AGENT, InstantSource.system(), log.daemon(),
        sink.hub(), counters.forDaemon("ossec-logcollector")));
    running = l;
    return l;
  }

  private void stop() {
    running.stop();
    running = null;
  }

  @Test
  void theRuntimeFindsItForEveryInstallType() {
    DaemonProvider p = ServiceLoader.load(DaemonProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(d -> d.name().equals("ossec-logcollector"))
        .findFirst().orElseThrow();
    assertThat(p.runsAs()).isEqualTo(RunsAs.ROOT);
    assertThat(p.installTypes()).containsExactlyInAnyOrder(InstallType.LOCAL, InstallType.SERVER,
        InstallType.AGENT);
    assertThat(p.create().name()).isEqualTo("ossec-logcollector");
  }

  /**
   * The stream test: a writer appends numbered lines without pause while the file is rotated
   * (rename, then create, with a few late lines to the old file), the daemon is stopped, more
   * lines are written and the file rotated again while it is down, it is started again, and the
   * file is copied and truncated. Every line must arrive exactly once.
   */
  @Test
  void everyLineArrivesOnceAcrossRotationsTruncationAndARestart() throws Exception {
    Path f = home.resolve("watched/app.log");
    Files.writeString(f, "");
    conf("<localfile><log_format>syslog</log_format><location>" + f + "</location></localfile>\n");
    start(List.of("journalctl"));

    int total = 12_000;
    CountDownLatch stopHere = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch writtenWhileDown = new CountDownLatch(1);
    CountDownLatch restarted = new CountDownLatch(1);
    CountDownLatch truncateHere = new CountDownLatch(1);
    CountDownLatch truncated = new CountDownLatch(1);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread writer = Thread.ofPlatform().start(() -> {
      try (Appender out = new Appender(f)) {
        for (int i = 0; i < total; i++) {
          switch (i) {
            case 5000 -> stopHere.countDown(); // lines 5000-5999 are written while it stops
            case 6000 -> stopped.await();
            case 7000 -> writtenWhileDown.countDown();
            case 8000 -> restarted.await();
            case 10_000 -> {
              truncateHere.countDown();
              truncated.await();
            }
            default -> { }
          }
          if (i == 3000 || i == 6500) { // 3000 while running, 6500 while stopped
            Files.move(f, home.resolve("watched/app.log." + (i == 3000 ? 1 : 2)));
            for (int late = 0; late < 20; late++, i++) {
              out.line(i); // the app has not reopened yet: these go to the rotated file
            }
            out.reopen();
          }
          out.line(i);
        }
      } catch (Throwable t) {
        failed.set(t);
      }
    });

    stopHere.await();
    stop();
    stopped.countDown();
    writtenWhileDown.await();
    start(List.of("journalctl"));
    restarted.countDown();
    truncateHere.await();
    awaitLines(f, 10_000);
    Files.copy(f, home.resolve("watched/app.log.3"), StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
      ch.truncate(0);
    }
    sink.await(all -> all.stream().anyMatch(m -> m.text().startsWith("ossec: File size reduced")));
    truncated.countDown();
    writer.join();
    assertThat(failed.get()).isNull();

    awaitLines(f, total);
    List<String> lines = sink.texts(f.toString());
    Map<String, Integer> seen = new HashMap<>();
    lines.forEach(l -> seen.merge(l, 1, Integer::sum));
    assertThat(seen).hasSize(total);
    assertThat(seen.values()).allMatch(n -> n == 1);
    for (int i = 0; i < total; i += 997) {
      assertThat(seen).containsKey(String.format("Mar  5 10:00:00 host app[1]: line %06d", i));
    }
    sink.assertNoMore(f.toString(), total, Duration.ofMillis(300));
    assertThat(sink.texts(FileCollector.NOTICE_LOCATION)).containsExactly(
        "ossec: File rotated (inode changed): '" + f + "'.",
        "ossec: File size reduced (inode remained): '" + f + "'.");
    assertThat(log.text()).contains("rotated to '" + home.resolve("watched/app.log.2") + "'");
  }

  @Test
  void commandsJournaldAndUnsupportedFormatsInOneConfig() throws Exception {
    Path journalctl = home.resolve("journalctl");
    Files.writeString(journalctl, "#!/bin/sh\nprintf '%s\\n' '{\"__CURSOR\":\"c1\","
        + "\"__REALTIME_TIMESTAMP\":\"0\",\"_HOSTNAME\":\"h\",\"SYSLOG_IDENTIFIER\":\"sshd\","
        + "\"MESSAGE\":\"hello\"}'\nexec sleep 60\n");
    Files.setPosixFilePermissions(journalctl, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path json = home.resolve("watched/events.json");
    Files.writeString(json, "");
    conf("""
        <localfile><log_format>full_command</log_format><command>echo up</command>
          <alias>uptime</alias><frequency>3600</frequency></localfile>
        <localfile><log_format>journald</log_format><location>sshd</location></localfile>
        <localfile><log_format>json</log_format><location>%s</location>
          <label key="env">prod</label></localfile>
        <localfile><log_format>syslog</log_format><location>/var/log/x.log</location>
          <label key="k">v</label></localfile>
        <localfile><log_format>eventchannel</log_format><location>Security</location></localfile>
        <localfile><log_format>ossecalert</log_format><location>/var/ossec/logs/alerts/alerts.log</location></localfile>
        <localfile><log_format>syslog</log_format><location>/var/log/%%Q.log</location></localfile>
        <localfile><log_format>json</log_format><location>%s</location></localfile>
        """.formatted(json, json));
    start(List.of(journalctl.toString()));
    Files.writeString(json, "{\"a\":1}\n");
    assertThat(sink.awaitTexts("uptime", 1)).containsExactly("ossec: output: 'uptime':\nup");
    assertThat(sink.awaitTexts("journald", 1)).singleElement().asString().endsWith(" h sshd: hello");
    assertThat(sink.awaitTexts(json.toString(), 1)).containsExactly("{\"a\":1,\"env\":\"prod\"}");
    String text = log.text();
    assertThat(text)
        .contains("ossec-logcollector: INFO: Windows event log 'Security'")
        .contains("ossec-logcollector: WARN: Log format ossecalert")
        .contains("ossec-logcollector: WARN: Labels are added to json events only")
        .contains("ossec-logcollector: ERROR: Error parsing file: '/var/log/%Q.log'")
        .contains("ossec-logcollector: WARN: Duplicated log file given: '" + json + "'")
        .contains("ossec-logcollector: INFO: Started (pid: ");
    Map<String, Long> c = counters.snapshot();
    assertThat(c.get("ossec-logcollector.events")).isGreaterThanOrEqualTo(3);
    assertThat(c.get("ossec-logcollector.journal_entries")).isOne();
    assertThat(c).containsKeys("ossec-logcollector.command_runs", "ossec-logcollector.rotations");
    stop();
    assertThat(Files.readString(home.resolve(Logcollector.POSITIONS))).contains("cursor\tjournald:sshd\tc1");
  }

  @Test
  void aBadConfigurationStopsTheStartAndSaysWhere() throws Exception {
    conf("<localfile><log_format>nonsense</log_format><location>/x</location></localfile>\n");
    Logcollector l = new Logcollector();
    try {
      l.start(new DaemonContext(home, InstallType.LOCAL, InstantSource.system(), log.daemon(),
          sink.hub(), counters.forDaemon("ossec-logcollector")));
      throw new AssertionError("started with a bad log_format");
    } catch (IllegalStateException e) {
      assertThat(e).hasMessageContaining("configuration error");
    }
    assertThat(log.text()).contains("ossec-logcollector: ERROR: " + home.resolve("etc/ossec.conf")
        + ":2: invalid value for <log_format>: 'nonsense'");
  }

  /** Waits for {@code n} lines of {@code f}; if they do not come, says which are missing. */
  private void awaitLines(Path f, int n) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (sink.texts(f.toString()).size() < n && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    List<String> got = sink.texts(f.toString());
    if (got.size() < n) {
      java.util.TreeSet<Integer> missing = new java.util.TreeSet<>();
      for (int i = 0; i < n; i++) {
        missing.add(i);
      }
      got.forEach(l -> missing.remove(Integer.parseInt(l.substring(l.length() - 6))));
      throw new AssertionError(got.size() + " of " + n + " lines; missing " + missing.size()
          + ": " + missing.stream().limit(30).toList() + "; notices "
          + sink.texts(FileCollector.NOTICE_LOCATION) + "\n" + log.text());
    }
  }

  /** An application's log writer: appends whole lines, reopens the path when told. */
  private static final class Appender implements AutoCloseable {
    private final Path path;
    private FileChannel ch;

    Appender(Path path) throws IOException {
      this.path = path;
      this.ch = open();
    }

    private FileChannel open() throws IOException {
      return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    }

    void line(int i) throws IOException {
      ch.write(ByteBuffer.wrap(String.format("Mar  5 10:00:00 host app[1]: line %06d\n", i)
          .getBytes(StandardCharsets.ISO_8859_1)));
    }

    void reopen() throws IOException {
      ch.close();
      ch = open();
    }

    @Override
    public void close() throws IOException {
      ch.close();
    }
  }
}
