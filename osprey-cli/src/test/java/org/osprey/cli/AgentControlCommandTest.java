package org.osprey.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.transport.remoted.ArRequest;

/** {@code osprey agent-control} with a fixed clock and agent-info files of chosen ages. */
class AgentControlCommandTest {
  private static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");
  private static final String KEY = "ab".repeat(32);

  @TempDir Path home;
  private final List<QueueName> queues = new ArrayList<>();
  private final List<QueueMessage> sent = new ArrayList<>();
  private ByteArrayOutputStream out = new ByteArrayOutputStream();
  private ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void install() throws IOException {
    Files.createDirectories(home.resolve("etc"));
    Files.createDirectories(home.resolve("queue/agent-info"));
    Files.writeString(home.resolve("etc/client.keys"), """
        001 web1 any %1$s
        002 db1 10.0.0.0/8 %1$s
        003 #*#*#*#*#*#*#*#*#*#*#
        004 new 192.168.1.4 %1$s
        005 edge 192.168.1.5 %1$s
        """.formatted(KEY));
    info("web1-any", "Linux web1 6.1.0 #1 SMP x86_64 - OSSEC HIDS v3.7.0 / 4a8e3c1f\ncrypto_method:aes\n",
        Duration.ofSeconds(30));
    info("db1-10.0.0.0", "Linux db1 - Osprey v0.1.0\n", Duration.ofSeconds(1830));
    info("edge-192.168.1.5", "Linux edge - OSSEC HIDS v2.9\n", Duration.ofSeconds(1829));
  }

  private void info(String name, String text, Duration age) throws IOException {
    Path f = Files.writeString(home.resolve("queue/agent-info").resolve(name), text);
    Files.setLastModifiedTime(f, FileTime.from(NOW.minus(age)));
  }

  private int run(String... args) throws Exception {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--home", home.toString()));
    AgentControlCommand c = new AgentControlCommand(InstantSource.fixed(NOW), ZoneOffset.UTC, () -> "manager",
        h -> (q, m) -> {
          assertThat(h).isEqualTo(home);
          queues.add(q);
          sent.add(m);
        });
    return c.run(all, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void listShowsTheServerFirstThenEachAgentsStatusByItsLastKeepalive() throws Exception {
    assertThat(run("-l")).isZero();
    assertThat(out()).isEqualTo("""
        OSSEC HIDS agent_control. List of available agents:
           ID: 000, Name: manager (server), IP: 127.0.0.1, Active/Local
           ID: 001, Name: web1, IP: any, Active
           ID: 002, Name: db1, IP: 10.0.0.0/8, Disconnected
           ID: 004, Name: new, IP: 192.168.1.4, Never connected
           ID: 005, Name: edge, IP: 192.168.1.5, Active

        """);
  }

  @Test
  void csvListIsAgentControlDashS() throws Exception {
    assertThat(run("-l", "-s")).isZero();
    assertThat(out()).isEqualTo("""
        000,manager (server),127.0.0.1,Active/Local,
        001,web1,any,Active,
        002,db1,10.0.0.0/8,Disconnected,
        004,new,192.168.1.4,Never connected,
        005,edge,192.168.1.5,Active,

        """);
    assertThat(run("-lcs")).as("getopt-style grouped switches").isZero();
    assertThat(out()).isEqualTo("000,manager (server),127.0.0.1,Active/Local,\n001,web1,any,Active,\n"
        + "005,edge,192.168.1.5,Active,\n\n");
    assertThat(run("-s", "-i", "001")).isZero();
    assertThat(out()).isEqualTo("001,web1,any,Active,Linux web1 6.1.0 #1 SMP x86_64,OSSEC HIDS v3.7.0,"
        + "Mon Nov 23 15:59:30 2026,Unknown,Unknown,\n");
  }

  @Test
  void dashRRunsTheIntegrityChecksOnOneAgentAllAgentsOrTheManager() throws Exception {
    assertThat(run("-r", "-u", "005")).isZero();
    ArRequest one = ArRequest.parse(ArRequest.line(sent.getLast()));
    assertThat(ArRequest.line(sent.getLast())).isEqualTo("(msg_to_agent) [] N!S 005 syscheck restart");
    assertThat(one.byId()).isTrue();
    assertThat(one.controlText()).isEqualTo("syscheck restart");
    assertThat(out()).contains("Restarting Syscheck/Rootcheck on agent: 005");

    assertThat(run("-r", "-a")).isZero();
    ArRequest all = ArRequest.parse(ArRequest.line(sent.getLast()));
    assertThat(ArRequest.line(sent.getLast())).isEqualTo("(msg_to_agent) [] A!N (null) syscheck restart");
    assertThat(all.all()).isTrue();
    assertThat(all.controlText()).isEqualTo("syscheck restart");

    assertThat(run("-r", "-u", "000")).isZero();
    assertThat(sent).hasSize(2);
    Path flag = home.resolve("var/run/.syscheck_run");
    assertThat(Files.readString(flag)).isEqualTo(flag + "\n");
    assertThatThrownBy(() -> run("-r")).isInstanceOf(UsageException.class).hasMessageContaining("-u is required");
  }

  @Test
  void anActiveResponseGoesToEveryAgentWithDashA() throws Exception {
    assertThat(run("-b", "1.2.3.4", "-f", "firewall-drop600", "-a")).isZero();
    String line = ArRequest.line(sent.getLast());
    assertThat(line).isEqualTo("(msg_to_agent) [] ANN (null) firewall-drop600 - 1.2.3.4 (from_the_server) (no_rule_id)");
    assertThat(ArRequest.parse(line).all()).isTrue();
  }

  @Test
  void listOfActiveOnlyLeavesOutDisconnectedAndNeverConnected() throws Exception {
    assertThat(run("-lc")).isZero();
    assertThat(out()).contains("ID: 000,", "ID: 001,", "ID: 005,").doesNotContain("ID: 002", "ID: 004");
  }

  @Test
  void infoShowsOsVersionAndLastKeepalive() throws Exception {
    assertThat(run("-i", "001")).isZero();
    assertThat(out()).contains(
        "   Agent Name: web1\n",
        "   Status:     Active\n",
        "   Operating system:    Linux web1 6.1.0 #1 SMP x86_64\n",
        "   Client version:      OSSEC HIDS v3.7.0\n",
        "   Last keep alive:     Mon Nov 23 15:59:30 2026\n");
    assertThat(run("-i", "004")).isZero();
    assertThat(out()).contains("Never connected", "Last keep alive:     Unknown");
    assertThat(run("-i", "000")).isZero();
    assertThat(out()).contains("Agent Name: manager", "Active/Local");
  }

  @Test
  void restartSendsWhatRemotedForwardsToTheAgentsExecd() throws Exception {
    assertThat(run("-R", "002")).isZero();
    assertThat(queues).containsExactly(QueueName.AR);
    String line = ArRequest.line(sent.getFirst());
    assertThat(line).isEqualTo("(msg_to_agent) [] NNS 002 restart-ossec0 - null (from_the_server) (no_rule_id)");
    ArRequest r = ArRequest.parse(line);
    assertThat(r).isNotNull();
    assertThat(r.byId()).isTrue();
    assertThat(r.all()).isFalse();
    assertThat(r.agentId()).isEqualTo("002");
    assertThat(r.controlText()).isEqualTo("execd restart-ossec0 - null (from_the_server) (no_rule_id)");
  }

  @Test
  void activeResponseCarriesTheIpAsItsArgument() throws Exception {
    assertThat(run("-b", "1.2.3.4", "-f", "firewall-drop600", "-u", "001")).isZero();
    ArRequest r = ArRequest.parse(ArRequest.line(sent.getFirst()));
    assertThat(r).isNotNull();
    assertThat(r.agentId()).isEqualTo("001");
    assertThat(r.controlText())
        .isEqualTo("execd firewall-drop600 - 1.2.3.4 (from_the_server) (no_rule_id)");
    assertThat(out()).contains("firewall-drop600", "001");
  }

  @Test
  void unknownAgentsAndIncompleteRequestsSendNothing() throws Exception {
    assertThat(run("-R", "003")).as("a removed agent").isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no agent with id 003");
    assertThat(run("-R", "000")).isEqualTo(1);
    assertThat(run("-i", "099")).isEqualTo(1);
    assertThatThrownBy(() -> run("-b", "1.2.3.4", "-u", "001")).isInstanceOf(UsageException.class)
        .hasMessageContaining("-f is required");
    assertThatThrownBy(() -> run("-b", "1.2.3.4 x", "-f", "a", "-u", "001")).isInstanceOf(UsageException.class)
        .hasMessageContaining("one word");
    assertThat(sent).isEmpty();
  }
}
