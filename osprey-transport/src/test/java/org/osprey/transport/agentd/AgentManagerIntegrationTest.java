package org.osprey.transport.agentd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.config.IpRange;
import org.osprey.config.Protocol;
import org.osprey.install.InstallType;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;
import org.osprey.queue.QueueWriter;
import org.osprey.transport.crypto.CipherMethod;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.remoted.ArRequest;
import org.osprey.transport.remoted.Remoted;
import org.osprey.transport.testing.Host;

/** Osprey's agent against Osprey's manager over real sockets on 127.0.0.1. */
class AgentManagerIntegrationTest {
  @TempDir Path dir;

  static String managerConf(Protocol p) {
    return "<ossec_config><remote><connection>secure</connection><protocol>" + p.name().toLowerCase()
        + "</protocol></remote></ossec_config>";
  }

  static AgentSettings settings(int port, Protocol p, CipherMethod m) {
    return settings(port, p, m, Duration.ofSeconds(30));
  }

  static AgentSettings settings(int port, Protocol p, CipherMethod m, Duration notify) {
    return new AgentSettings(List.of("127.0.0.1"), port, p, m, notify, Duration.ofSeconds(60),
        64L << 20, 1024, Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(500));
  }

  record Pair(Host manager, Host agent, AgentKey key) {}

  Pair hosts(Protocol p) throws Exception {
    Host manager = new Host(dir.resolve("manager"), InstallType.SERVER, managerConf(p));
    Host agent = new Host(dir.resolve("agent"), InstallType.AGENT, "<ossec_config></ossec_config>");
    AgentKey key = KeysFile.of(manager.home).add("agent1", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL);
    KeysFile.of(agent.home).replaceWith(key);
    return new Pair(manager, agent, key);
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void eventsArriveRewrittenWithAgentStarted(Protocol protocol) throws Exception {
    Pair h = hosts(protocol);
    QueueReader analysis = h.manager.queues.reader(QueueName.ANALYSIS);
    Remoted remoted = new Remoted(x -> 0);
    remoted.start(h.manager.context(remoted));
    int port = remoted.secureAddresses().getFirst().getPort();
    Agentd agentd = new Agentd(settings(port, protocol, CipherMethod.AES));
    agentd.start(h.agent.context(agentd));
    QueueWriter local = h.agent.queues.writer(QueueName.ANALYSIS);
    for (int i = 0; i < 500; i++) {
      local.send(new QueueMessage('1', "/var/log/messages", "event " + i));
    }
    List<QueueMessage> got = collect(analysis, 501, Duration.ofSeconds(20));
    // Events queued before the connection keep their place in the buffer, ahead of "Agent started".
    assertThat(got).extracting(QueueMessage::wire)
        .contains("1:(agent1) any->ossec:ossec: Agent started: 'agent1->any'.");
    List<QueueMessage> events = got.stream().filter(m -> !m.location().endsWith("->ossec")).toList();
    assertThat(events).extracting(QueueMessage::location).containsOnly("(agent1) any->/var/log/messages");
    assertThat(events).extracting(QueueMessage::text).doesNotHaveDuplicates().hasSize(500)
        .startsWith("event 0", "event 1");
    // The manager answers the Osprey probe with an ack; on a loaded machine that can come after
    // the events, so wait for it rather than race it.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!agentd.client().counters().ospreyManager() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(agentd.client().counters().ospreyManager()).isTrue();
    // The agent-info of the keepalive, with the Osprey mark.
    Path info = h.manager.home.resolve("queue/agent-info/agent1-any");
    assertThat(Files.readString(info)).contains(" - Osprey").endsWith("crypto_method:aes\n");
    // An active response reaches the agent's execd queue.
    QueueReader execq = h.agent.queues.reader(QueueName.EXECQ);
    h.manager.queues.writer(QueueName.AR).send(ArRequest.message("(msg_to_agent) [] NNS " + h.key.id()
        + " restart-ossec0 - null (from_the_server) (no_rule_id)"));
    QueueMessage ar = execq.poll(Duration.ofSeconds(10));
    assertThat(ar).isNotNull();
    assertThat(ar.text()).isEqualTo("restart-ossec0 - null (from_the_server) (no_rule_id)");
    agentd.stop();
    remoted.stop();
    h.manager.close();
    h.agent.close();
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void managerRestartInTheMiddleLosesAndDuplicatesNothing(Protocol protocol) throws Exception {
    Pair h = hosts(protocol);
    QueueReader first = h.manager.queues.reader(QueueName.ANALYSIS);
    Remoted remoted = new Remoted(x -> 0);
    remoted.start(h.manager.context(remoted));
    int port = remoted.secureAddresses().getFirst().getPort();
    Agentd agentd = new Agentd(settings(port, protocol, CipherMethod.BLOWFISH));
    agentd.start(h.agent.context(agentd));
    QueueWriter local = h.agent.queues.writer(QueueName.ANALYSIS);
    int total = 20_000;
    Thread producer = Thread.ofPlatform().start(() -> {
      try {
        for (int i = 0; i < total; i++) {
          local.send(new QueueMessage('1', "app", "event " + i));
          if (i % 500 == 0) {
            Thread.sleep(5);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    List<QueueMessage> got = new ArrayList<>(collect(first, 5000, Duration.ofSeconds(20)));
    remoted.stop();
    got.addAll(drain(first));
    // A new manager process: new queues, same home (keys, rids), same port.
    Host again = new Host(h.manager.home, InstallType.SERVER, managerConf(protocol));
    QueueReader second = again.queues.reader(QueueName.ANALYSIS);
    Remoted restarted = new Remoted(x -> port);
    restarted.start(again.context(restarted));
    producer.join();
    got.addAll(collect(second, total + 1 - got.size(), Duration.ofSeconds(60)));
    Thread.sleep(300);
    got.addAll(drain(second));
    List<String> texts = got.stream().filter(m -> m.location().endsWith("->app")).map(QueueMessage::text).toList();
    Set<String> unique = new HashSet<>(texts);
    assertThat(unique).hasSize(total);
    assertThat(texts).hasSize(total);
    agentd.stop();
    restarted.stop();
    again.close();
    h.agent.close();
  }

  @Test
  void sharedFilesAreSentInChunksAndUnmerged() throws Exception {
    Pair h = hosts(Protocol.UDP);
    byte[] big = new byte[5000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) ('a' + i % 23);
    }
    Files.write(h.manager.home.resolve("etc/shared/agent.conf"), big);
    Files.writeString(h.manager.home.resolve("etc/shared/ar.conf"), "restart-ossec0 - restart-ossec.sh - 0\n");
    Remoted remoted = new Remoted(x -> 0);
    remoted.start(h.manager.context(remoted));
    int port = remoted.secureAddresses().getFirst().getPort();
    // A keepalive every second: over UDP a chunk can be lost, and the manager pushes the files
    // again when the next keepalive still shows the old merged.mg checksum.
    Agentd agentd = new Agentd(settings(port, Protocol.UDP, CipherMethod.AES, Duration.ofSeconds(1)));
    agentd.start(h.agent.context(agentd));
    Path got = h.agent.home.resolve("etc/shared/ar.conf");
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (!Files.exists(got) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(got).hasContent("restart-ossec0 - restart-ossec.sh - 0\n");
    assertThat(Files.readAllBytes(h.agent.home.resolve("etc/shared/agent.conf"))).isEqualTo(big);
    assertThat(Files.readAllBytes(h.agent.home.resolve("etc/shared/merged.mg")))
        .isEqualTo(Files.readAllBytes(h.manager.home.resolve("etc/shared/merged.mg")));
    agentd.stop();
    remoted.stop();
    h.manager.close();
    h.agent.close();
  }

  @Test
  void anAgentWhoseProbeGotNoAnswerAsksAgainAndSwitchesToAcknowledgedSending() throws Exception {
    Pair h = hosts(Protocol.UDP);
    Remoted remoted = new Remoted(x -> 0);
    remoted.start(h.manager.context(remoted));
    int port = remoted.secureAddresses().getFirst().getPort();
    // Between agent and manager, a relay that loses every reply of the manager for two seconds
    // after the first one (the startup ack): the keepalive's answer and the ack of the probe.
    try (java.net.DatagramSocket relay = new java.net.DatagramSocket(0,
        java.net.InetAddress.getLoopbackAddress())) {
      java.net.InetSocketAddress manager =
          new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port);
      Thread pump = Thread.ofPlatform().daemon().start(() -> relay(relay, manager));
      Agentd agentd = new Agentd(settings(relay.getLocalPort(), Protocol.UDP, CipherMethod.AES,
          Duration.ofSeconds(60)));
      agentd.start(h.agent.context(agentd));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!agentd.client().counters().ospreyManager() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(agentd.client().counters().ospreyManager())
          .as("a later probe found the Osprey manager well before the next keepalive (60 s)")
          .isTrue();
      agentd.stop();
      relay.close();
      pump.join(5000);
    }
    remoted.stop();
    h.manager.close();
    h.agent.close();
  }

  private static void relay(java.net.DatagramSocket relay, java.net.InetSocketAddress manager) {
    byte[] buf = new byte[65536];
    java.net.SocketAddress agent = null;
    long lossyUntil = 0;
    int replies = 0;
    try {
      while (!relay.isClosed()) {
        java.net.DatagramPacket p = new java.net.DatagramPacket(buf, buf.length);
        relay.receive(p);
        if (!p.getSocketAddress().equals(manager)) {
          agent = p.getSocketAddress();
          relay.send(new java.net.DatagramPacket(p.getData(), p.getLength(), manager));
        } else if (agent != null) {
          replies++;
          if (replies == 1) {
            lossyUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
          } else if (System.nanoTime() < lossyUntil) {
            continue;
          }
          relay.send(new java.net.DatagramPacket(p.getData(), p.getLength(), agent));
        }
      }
    } catch (java.io.IOException closed) {
      // The test is over.
    }
  }

  static List<QueueMessage> collect(QueueReader r, int n, Duration max) throws InterruptedException {
    List<QueueMessage> out = new ArrayList<>();
    long deadline = System.nanoTime() + max.toNanos();
    while (out.size() < n && System.nanoTime() < deadline) {
      QueueMessage m = r.poll(Duration.ofMillis(100));
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  static List<QueueMessage> drain(QueueReader r) {
    List<QueueMessage> out = new ArrayList<>();
    r.drainTo(out, Integer.MAX_VALUE);
    return out;
  }
}
