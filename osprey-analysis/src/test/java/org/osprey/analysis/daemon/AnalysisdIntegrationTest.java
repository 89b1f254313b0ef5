package org.osprey.analysis.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.config.InternalOptions;
import org.osprey.daemon.PlannedDaemon;
import org.osprey.daemon.RunsAs;
import org.osprey.daemon.Supervisor;
import org.osprey.daemon.SupervisorSettings;
import org.osprey.install.InstallType;
import org.osprey.log.OssecLog;
import org.osprey.queue.InMemoryQueueHub;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueSettings;
import org.osprey.queue.QueueWriter;
import org.osprey.testing.SharedReference;

/**
 * ossec-analysisd inside the daemon runtime: messages written to the analysis queue come out as
 * alerts in logs/alerts/alerts.log; a reload picks up a changed local rule without losing events; a
 * broken rule file leaves the running rules in place and says why in ossec.log.
 */
class AnalysisdIntegrationTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-23T10:00:00Z"));

  @TempDir Path home;

  @BeforeEach
  void install() throws Exception {
    Path ref = SharedReference.ossec();
    for (String d : List.of("etc", "logs/alerts", "queue/ossec", "queue/fts", "queue/diff",
        "var/run", "rules")) {
      Files.createDirectories(home.resolve(d));
    }
    Files.writeString(home.resolve("etc/internal_options.conf"), InternalOptions.defaultsText());
    Files.createSymbolicLink(home.resolve("etc/decoder.xml"), ref.resolve("etc/decoder.xml"));
    for (String f : List.of("rules_config.xml", "pam_rules.xml", "sshd_rules.xml",
        "syslog_rules.xml")) {
      Files.createSymbolicLink(home.resolve("rules/" + f), ref.resolve("etc/rules/" + f));
    }
    Files.writeString(home.resolve("rules/local_rules.xml"), """
        <group name="local,">
          <rule id="100100" level="3">
            <if_sid>5716</if_sid>
            <user>alice</user>
            <description>Alice mistyped her password.</description>
          </rule>
        </group>
        """);
    Files.writeString(home.resolve("etc/ossec.conf"), """
        <ossec_config>
          <global><jsonout_output>no</jsonout_output></global>
          <rules>
            <include>rules_config.xml</include>
            <include>pam_rules.xml</include>
            <include>sshd_rules.xml</include>
            <include>syslog_rules.xml</include>
            <include>local_rules.xml</include>
          </rules>
        </ossec_config>
        """);
  }

  private static QueueMessage sshFailure(String user, int n) {
    return new QueueMessage('1', "/var/log/auth.log", "Nov 23 10:00:0" + (n % 10)
        + " web1 sshd[" + (1000 + n) + "]: Failed password for " + user + " from 10.9.9." + n
        + " port 22 ssh2");
  }

  @Test
  void alertsReloadAndBrokenReload() throws Exception {
    RecordingHandoff.SEEN.clear();
    InMemoryQueueHub queues = new InMemoryQueueHub(QueueSettings.DEFAULT);
    OssecLog log = new OssecLog(home.resolve("logs/ossec.log"), CLOCK, ZoneOffset.UTC,
        new PrintStream(new ByteArrayOutputStream()));
    Supervisor supervisor = new Supervisor(
        new SupervisorSettings(home, InstallType.LOCAL, "all", "tester", 0),
        List.of(new PlannedDaemon("ossec-analysisd", RunsAs.OSPREY, new AnalysisdProvider())),
        queues, log, CLOCK);
    supervisor.start();
    assertThat(supervisor.running()).as(() -> read(home.resolve("logs/ossec.log")))
        .containsExactly("ossec-analysisd");
    QueueWriter w = queues.writer(QueueName.ANALYSIS);
    w.send(sshFailure("bob", 1));
    w.send(sshFailure("alice", 2));
    waitForAlerts(2);

    // A changed local rule is picked up on reload.
    Files.writeString(home.resolve("rules/local_rules.xml"), Files.readString(
        home.resolve("rules/local_rules.xml")).replace("<user>alice</user>", "<user>bob</user>")
        .replace("Alice mistyped", "Bob mistyped"));
    Files.writeString(home.resolve(Analysisd.RELOAD_FILE), "");
    waitForLog("Rules reloaded", true);
    w.send(sshFailure("bob", 3));
    waitForAlerts(3);

    // A broken rule file keeps the running rules.
    Files.writeString(home.resolve("rules/local_rules.xml"), "<group name=\"local,\"><rule id=\"x\">");
    Files.writeString(home.resolve(Analysisd.RELOAD_FILE), "");
    waitForLog("Reload failed", false);
    w.send(sshFailure("bob", 4));
    waitForAlerts(4);
    supervisor.stop();
    log.close();

    String alerts = Files.readString(home.resolve("logs/alerts/alerts.log"), StandardCharsets.ISO_8859_1);
    List<String> rules = alerts.lines().filter(l -> l.startsWith("Rule: ")).toList();
    assertThat(rules).containsExactly(
        "Rule: 5716 (level 5) -> 'SSHD authentication failed.'",
        "Rule: 100100 (level 3) -> 'Alice mistyped her password.'",
        "Rule: 100100 (level 3) -> 'Bob mistyped her password.'",
        "Rule: 100100 (level 3) -> 'Bob mistyped her password.'");
    assertThat(alerts).contains("** Alert 1795428000.1: - syslog,sshd,authentication_failed,\n"
        + "2026 Nov 23 10:00:00 web1->/var/log/auth.log\n");
    String ossecLog = Files.readString(home.resolve("logs/ossec.log"));
    assertThat(ossecLog).contains("ossec-analysisd: ERROR: ").contains("Reload failed");
    // Every written alert reached the hand-offs (maild, execd when they exist), in order.
    assertThat(RecordingHandoff.SEEN).containsExactly("1 5716", "2 100100", "3 100100", "4 100100");
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.ISO_8859_1);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  private void waitForAlerts(int n) throws Exception {
    Path f = home.resolve("logs/alerts/alerts.log");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(f) && Files.readString(f, StandardCharsets.ISO_8859_1).lines()
          .filter(l -> l.startsWith("** Alert ")).count() >= n) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("fewer than " + n + " alerts:\n" + (Files.exists(f)
        ? Files.readString(f, StandardCharsets.ISO_8859_1) : "(no alerts.log)"));
  }

  private void waitForLog(String text, boolean afterNextEvent) throws Exception {
    Path f = home.resolve("logs/ossec.log");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(f) && Files.readString(f).contains(text)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("ossec.log never said '" + text + "':\n" + Files.readString(f));
  }
}
