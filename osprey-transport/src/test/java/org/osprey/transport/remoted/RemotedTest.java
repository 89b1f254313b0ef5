package org.osprey.transport.remoted;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.config.IpRange;
import org.osprey.install.InstallType;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;
import org.osprey.transport.codec.Control;
import org.osprey.transport.codec.Counter;
import org.osprey.transport.codec.DatagramHeader;
import org.osprey.transport.codec.SecureCodec;
import org.osprey.transport.codec.SecureMessage;
import org.osprey.transport.crypto.ChannelCipher;
import org.osprey.transport.crypto.CipherMethod;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.testing.Host;

/** remoted over a real UDP socket on 127.0.0.1, fed by a hand-made agent and by OSSEC's own datagrams. */
class RemotedTest {
  static final String CONF = """
      <ossec_config>
        <remote><connection>secure</connection></remote>
      </ossec_config>
      """;
  @TempDir Path dir;
  Host host;
  Remoted remoted;
  QueueReader analysis;
  DatagramSocket agent;
  InetSocketAddress manager;

  @BeforeEach
  void start() throws Exception {
    host = new Host(dir, InstallType.SERVER, CONF);
    // The C code made the spec's vectors with this key; the IP takes no part in the key, so it can be ours.
    Files.writeString(dir.resolve("etc/client.keys"),
        "001 agent1 127.0.0.1 2a1b5e8b1c04d8f0b6e1c7a3f2d9e4b5c6a7d8e9f0a1b2c3d4e5f60718293a4b\n");
    analysis = host.queues.reader(QueueName.ANALYSIS);
    remoted = new Remoted(p -> 0);
    remoted.start(host.context(remoted));
    manager = new InetSocketAddress(InetAddress.getLoopbackAddress(), remoted.secureAddresses().getFirst().getPort());
    agent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    agent.setSoTimeout(3000);
  }

  @AfterEach
  void stop() {
    agent.close();
    remoted.stop();
    host.close();
  }

  void send(byte[] d) throws Exception {
    agent.send(new DatagramPacket(d, d.length, manager));
  }

  @Test
  void ossecBlowfishAndAesDatagramsReachTheQueueRewritten() throws Exception {
    send(HexFormat.of().parseHex(org.osprey.transport.codec.SpecVectorsTest.BF_DATAGRAM));
    send(HexFormat.of().parseHex(org.osprey.transport.codec.SpecVectorsTest.AES_DATAGRAM));
    QueueMessage a = analysis.poll(Duration.ofSeconds(5));
    QueueMessage b = analysis.poll(Duration.ofSeconds(5));
    assertThat(a).isNotNull();
    assertThat(a.wire()).isEqualTo("1:(agent1) 127.0.0.1->test:hello");
    assertThat(b.wire()).isEqualTo("1:(agent1) 127.0.0.1->test:hello");
    // A replay of the same datagram is refused (counter 0:10 already seen).
    send(HexFormat.of().parseHex(org.osprey.transport.codec.SpecVectorsTest.AES_DATAGRAM));
    assertThat(analysis.poll(Duration.ofMillis(500))).isNull();
    assertThat(remoted.channel().counters().replays()).isEqualTo(1);
    remoted.stop();
    assertThat(Files.readString(dir.resolve("queue/rids/001"))).isEqualTo("0:10:");
    remoted = new Remoted(p -> 0);
  }

  @Test
  void keepaliveIsAckedAndWritesAgentInfo() throws Exception {
    AgentKey key = KeysFile.of(dir).read().byId("001");
    ChannelCipher c = new ChannelCipher(key.encryptionKeyBytes());
    String ka = "Linux web 6.1 #1 x86_64 - OSSEC HIDS v4.2.0\nx merged.mg\nnoise";
    send(SecureCodec.seal(c, CipherMethod.BLOWFISH, null, new Counter(0, 1), Control.message(ka), 1));
    SecureMessage reply = receive(c, CipherMethod.BLOWFISH);
    assertThat(reply.text()).isEqualTo("#!-agent ack ");
    Path info = dir.resolve("queue/agent-info/agent1-127.0.0.1");
    long deadline = System.nanoTime() + 3_000_000_000L;
    while (!Files.exists(info) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(Files.readString(info)).isEqualTo("Linux web 6.1 #1 x86_64 - OSSEC HIDS v4.2.0\ncrypto_method:blowfish\n");
  }

  @Test
  void aNewKeyIsUsableAtOnceAndUnknownAgentsAreCounted() throws Exception {
    AgentKey added = KeysFile.of(dir).add("late", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL);
    ChannelCipher c = new ChannelCipher(added.encryptionKeyBytes());
    send(SecureCodec.seal(c, CipherMethod.AES, added.id(), new Counter(0, 1),
        "1:/var/log/x:hello".getBytes(StandardCharsets.US_ASCII), 7));
    QueueMessage m = analysis.poll(Duration.ofSeconds(5));
    assertThat(m).isNotNull();
    assertThat(m.location()).isEqualTo("(late) any->/var/log/x");
    send(SecureCodec.seal(c, CipherMethod.AES, "999", new Counter(0, 2), "1:x:y".getBytes(), 7));
    long deadline = System.nanoTime() + 3_000_000_000L;
    while (remoted.channel().counters().unknownAgents() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(remoted.channel().counters().unknownAgents()).isEqualTo(1);
  }

  @Test
  void aKeyHandedOutByAuthdIsUsableAtOnce() throws Exception {
    Path[] pair = org.osprey.testing.TestCerts.selfSigned(dir.resolve("etc"), "sslmanager", "127.0.0.1");
    var settings = new org.osprey.transport.authd.AuthdSettings(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new org.osprey.transport.authd.Tls(pair[0], pair[1], null, org.osprey.transport.authd.Tls.DEFAULT_CIPHERS),
        null, false, false, Duration.ofSeconds(30), 4);
    // agent1 holds 127.0.0.1, and authd refuses a source address that is already an agent's.
    KeysFile.of(dir).remove("001", dir);
    AgentKey enrolled;
    try (var authd = org.osprey.transport.authd.AuthdServer.start(settings, KeysFile.of(dir), host.log.daemon("ossec-authd"))) {
      enrolled = new org.osprey.transport.authd.AgentAuth("127.0.0.1", authd.address().getPort(),
          new org.osprey.transport.authd.Tls(null, null, null, org.osprey.transport.authd.Tls.DEFAULT_CIPHERS),
          Duration.ofSeconds(10), line -> {}).enrol("enrolled", null);
    }
    ChannelCipher c = new ChannelCipher(enrolled.encryptionKeyBytes());
    send(SecureCodec.seal(c, CipherMethod.AES, enrolled.id(), new Counter(0, 1),
        "1:/var/log/y:first words".getBytes(StandardCharsets.US_ASCII), 7));
    QueueMessage m = analysis.poll(Duration.ofSeconds(5));
    assertThat(m).isNotNull();
    assertThat(m.wire()).isEqualTo("1:(enrolled) any->/var/log/y:first words");
  }

  @Test
  void activeResponsesAreForwardedToTheAgent() throws Exception {
    AgentKey key = KeysFile.of(dir).read().byId("001");
    ChannelCipher c = new ChannelCipher(key.encryptionKeyBytes());
    send(SecureCodec.seal(c, CipherMethod.AES, null, new Counter(0, 1), Control.message("agent startup "), 1));
    assertThat(receive(c, CipherMethod.AES).text()).isEqualTo("#!-agent ack ");
    host.queues.writer(QueueName.AR).send(ArRequest.message(
        "(agent1) 127.0.0.1->/var/log/secure NNS 001 firewall-drop600 - 1.2.3.4 1700000000.1 5712 (agent1) 127.0.0.1->/var/log/secure (null)"));
    SecureMessage ar = receive(c, CipherMethod.AES);
    assertThat(ar.text()).startsWith("#!-execd firewall-drop600 - 1.2.3.4 1700000000.1 5712 (agent1)");
  }

  @Test
  void messagesSentFromManyThreadsReachTheAgentWithRisingCounters() throws Exception {
    AgentKey key = KeysFile.of(dir).read().byId("001");
    ChannelCipher c = new ChannelCipher(key.encryptionKeyBytes());
    send(SecureCodec.seal(c, CipherMethod.AES, null, new Counter(0, 1), Control.message("agent startup "), 1));
    assertThat(receive(c, CipherMethod.AES).text()).isEqualTo("#!-agent ack ");
    // The agent drops a message whose counter is not above the last one (spec §3.8), so messages
    // from the worker, the AR forwarder and the shared-file push must leave in counter order.
    int threads = 4;
    int each = 100;
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<Thread> senders = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      senders.add(Thread.ofPlatform().start(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < each; i++) {
          remoted.channel().sendToAgents("001", null, "execd test");
        }
      }));
    }
    go.countDown();
    Counter last = new Counter(0, 1);
    for (int i = 0; i < threads * each; i++) {
      Counter now = receive(c, CipherMethod.AES).counter();
      assertThat(now).as("message %d", i).isGreaterThan(last);
      last = now;
    }
    for (Thread t : senders) {
      t.join();
    }
  }

  SecureMessage receive(ChannelCipher c, CipherMethod m) throws Exception {
    byte[] buf = new byte[2048];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    agent.receive(p);
    byte[] d = java.util.Arrays.copyOf(buf, p.getLength());
    assertThat(d.length).isLessThanOrEqualTo(1024);
    DatagramHeader h = DatagramHeader.parse(d, d.length);
    assertThat(h.method()).isEqualTo(m);
    return SecureCodec.open(c, m, d, h.cipherOffset(), d.length - h.cipherOffset());
  }
}
