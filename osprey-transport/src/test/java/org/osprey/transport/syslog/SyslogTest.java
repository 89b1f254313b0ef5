package org.osprey.transport.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.osprey.config.IpRange;
import org.osprey.config.Protocol;
import org.osprey.log.DaemonLog;
import org.osprey.log.OssecLog;
import org.osprey.queue.InMemoryQueueHub;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;
import org.osprey.queue.QueueSettings;

class SyslogTest {
  @Test
  void priIsRemovedAndTheSenderIsTheLocation() {
    QueueMessage m = SyslogCodec.decode("<34>Oct 11 22:14:15 mymachine su: 'su root' failed\n", "10.0.0.9");
    assertThat(m.wire()).isEqualTo("2:10.0.0.9:Oct 11 22:14:15 mymachine su: 'su root' failed");
    assertThat(SyslogCodec.decode("<1234567>x", "h").text()).isEqualTo("<1234567>x");
    assertThat(SyslogCodec.decode("", "h")).isNull();
    assertThat(SyslogCodec.decode("a\u0000b", "h").text()).isEqualTo("a");
  }

  @Test
  void tcpFramingByNewlineAndOctetCounting() {
    SyslogFrames f = new SyslogFrames(10);
    List<String> out = strings(f.decode(ByteBuffer.wrap("hello\n5 a b\nc12x ok\nthis is too long\n".getBytes())));
    assertThat(out).containsExactly("hello", "a b\nc", "12x ok", "this is to");
    assertThat(f.oversize()).isEqualTo(1);
    assertThat(f.malformed()).isEqualTo(1);
  }

  @Property(tries = 300)
  void framesSplitAnywhereGiveTheSameMessages(@ForAll @Size(max = 30) List<@Size(min = 1, max = 40) @net.jqwik.api.constraints.CharRange(from = (char) 32, to = (char) 126) String> lines,
      @ForAll @IntRange(min = 1, max = 17) int chunk, @ForAll boolean octets) {
    StringBuilder s = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (String l : lines) {
      String clean = l.replace('\n', ' ').replace('\u0000', ' ');
      if (clean.isEmpty()) {
        continue;
      }
      if (octets) {
        s.append(clean.getBytes(StandardCharsets.UTF_8).length).append(' ').append(clean);
      } else {
        if (!clean.isEmpty() && clean.charAt(0) >= '1' && clean.charAt(0) <= '9') {
          clean = "x" + clean;
        }
        s.append(clean).append('\n');
      }
      expected.add(clean);
    }
    byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
    SyslogFrames f = new SyslogFrames(100_000);
    List<String> got = new ArrayList<>();
    for (int i = 0; i < b.length; i += chunk) {
      got.addAll(strings(f.decode(ByteBuffer.wrap(b, i, Math.min(chunk, b.length - i)))));
    }
    assertThat(got).isEqualTo(expected);
  }

  @Property(tries = 300)
  void randomBytesNeverThrow(@ForAll @Size(max = 2000) byte[] data) {
    assertThat(new SyslogFrames(100).decode(ByteBuffer.wrap(data))).allSatisfy(m -> assertThat(m.length).isLessThanOrEqualTo(100));
    assertThat(SyslogCodec.decode(data, 0, data.length, "x") == null || true).isTrue();
  }

  private static List<String> strings(List<byte[]> in) {
    return in.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
  }

  @Test
  void listenersHonourAllowedAndDeniedIps() throws Exception {
    InMemoryQueueHub hub = new InMemoryQueueHub(QueueSettings.DEFAULT);
    QueueReader r = hub.reader(QueueName.ANALYSIS);
    OssecLog ol = new OssecLog(java.nio.file.Files.createTempFile("ossec", ".log"), java.time.InstantSource.system(),
        java.time.ZoneId.systemDefault(), new java.io.PrintStream(java.io.PrintStream.nullOutputStream()));
    DaemonLog log = ol.daemon("ossec-remoted");
    InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    try (SyslogListener udp = new SyslogListener(Protocol.UDP, any, List.of(IpRange.parse("127.0.0.0/8")), List.of(),
            hub.writer(QueueName.ANALYSIS), log, 5000, 4);
        SyslogListener denied = new SyslogListener(Protocol.UDP, any, List.of(IpRange.parse("127.0.0.0/8")),
            List.of(IpRange.parse("127.0.0.1")), hub.writer(QueueName.ANALYSIS), log, 5000, 4);
        SyslogListener tcp = new SyslogListener(Protocol.TCP, any, List.of(IpRange.parse("any")), List.of(),
            hub.writer(QueueName.ANALYSIS), log, 5000, 4);
        DatagramSocket s = new DatagramSocket()) {
      byte[] d = "<13>Jan  1 00:00:00 router kernel: up".getBytes();
      s.send(new DatagramPacket(d, d.length, udp.address()));
      s.send(new DatagramPacket(d, d.length, denied.address()));
      QueueMessage m = r.poll(Duration.ofSeconds(5));
      assertThat(m.wire()).isEqualTo("2:127.0.0.1:Jan  1 00:00:00 router kernel: up");
      try (Socket c = new Socket(InetAddress.getLoopbackAddress(), tcp.address().getPort())) {
        OutputStream o = c.getOutputStream();
        o.write("one\r\n3 two".getBytes());
        o.flush();
      }
      assertThat(r.poll(Duration.ofSeconds(5)).text()).isEqualTo("one");
      assertThat(r.poll(Duration.ofSeconds(5)).text()).isEqualTo("two");
      assertThat(r.poll(Duration.ofMillis(200))).isNull();
      assertThat(denied.denials.sum()).isEqualTo(1);
    }
    ol.close();
  }
}
