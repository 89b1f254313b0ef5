package org.osprey.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two hubs on one home stand for two JVMs: one reads a queue, the other writes to it over the socket. */
class SocketQueueHubTest {
  @TempDir Path home;

  private static QueueMessage msg(int i) {
    return new QueueMessage('1', "/var/log/test.log", "event number " + i + " with: a colon");
  }

  @Test
  void hundredThousandMessagesCrossTheSocketInOrderWithNoneLost() throws Exception {
    SocketQueueHub readerSide = new SocketQueueHub(home, new QueueSettings(1024, 65536), null);
    SocketQueueHub writerSide = new SocketQueueHub(home, new QueueSettings(1024, 65536), null);
    QueueReader reader = readerSide.reader(QueueName.ANALYSIS);
    Path socket = home.resolve("queue/ossec/queue");
    assertThat(Files.getPosixFilePermissions(socket))
        .isEqualTo(PosixFilePermissions.fromString("rw-rw----"));

    int total = 100_000;
    Thread producer =
        Thread.ofPlatform()
            .start(
                () -> {
                  QueueWriter w = writerSide.writer(QueueName.ANALYSIS);
                  try {
                    for (int i = 0; i < total; i++) {
                      w.send(msg(i));
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    int received = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (received < total && System.nanoTime() < deadline) {
      QueueMessage m = reader.poll(Duration.ofMillis(200));
      if (m != null) {
        assertThat(m).isEqualTo(msg(received));
        received++;
      }
    }
    producer.join();
    writerSide.closeOutbound(Duration.ofSeconds(5));
    readerSide.closeInbound(Duration.ofSeconds(5));

    assertThat(received).isEqualTo(total);
    QueueCounters out = writerSide.counters().getFirst();
    QueueCounters in = readerSide.counters().getFirst();
    assertThat(out.side()).isEqualTo("out");
    assertThat(out.received()).isEqualTo(total);
    assertThat(out.dropped()).isZero();
    assertThat(in.received()).isEqualTo(total);
    assertThat(in.dropped()).isZero();
    assertThat(in.rejected()).isZero();
    assertThat(socket).doesNotExist();
  }

  @Test
  void writerStartedBeforeTheReaderConnectsWhenItAppears() throws Exception {
    SocketQueueHub writerSide = new SocketQueueHub(home, QueueSettings.DEFAULT, null);
    Files.createDirectories(home.resolve("queue/alerts"));
    QueueWriter w = writerSide.writer(QueueName.EXECQ);
    for (int i = 0; i < 10; i++) {
      w.send(msg(i));
    }
    Thread.sleep(150); // the writer is retrying by now
    assertThat(writerSide.counters().getFirst().queued()).isPositive();

    SocketQueueHub readerSide = new SocketQueueHub(home, QueueSettings.DEFAULT, null);
    QueueReader reader = readerSide.reader(QueueName.EXECQ);
    List<QueueMessage> got = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      got.add(reader.poll(Duration.ofSeconds(5)));
    }
    assertThat(got).containsExactly(msg(0), msg(1), msg(2), msg(3), msg(4), msg(5), msg(6), msg(7), msg(8), msg(9));
    writerSide.closeOutbound(Duration.ofSeconds(1));
    readerSide.closeInbound(Duration.ofSeconds(1));
  }

  @Test
  void oversizeAndGarbageFramesAreCountedAndTheConnectionGoesOn() throws Exception {
    SocketQueueHub readerSide = new SocketQueueHub(home, new QueueSettings(100, 64), null);
    QueueReader reader = readerSide.reader(QueueName.AR);
    try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      raw.connect(UnixDomainSocketAddress.of(home.resolve("queue/alerts/ar")));
      ByteBuffer stream = ByteBuffer.allocate(4096);
      stream.putInt(1000).put(new byte[1000]); // too large: skipped
      stream.putInt(0); // empty: skipped
      stream.put(FrameEncoder.frame(msg(1)));
      stream.flip();
      while (stream.hasRemaining()) {
        raw.write(stream);
      }
      assertThat(reader.poll(Duration.ofSeconds(5))).isEqualTo(msg(1));
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (readerSide.counters().getFirst().rejected() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(readerSide.counters().getFirst().rejected()).isEqualTo(2);
    readerSide.closeInbound(Duration.ofSeconds(1));
  }

  @Test
  void writerInTheReadersJvmUsesMemory() throws Exception {
    SocketQueueHub hub = new SocketQueueHub(home, QueueSettings.DEFAULT, null);
    QueueReader reader = hub.reader(QueueName.ANALYSIS);
    hub.writer(QueueName.ANALYSIS).send(msg(5));
    assertThat(reader.poll()).isEqualTo(msg(5));
    assertThat(hub.counters()).extracting(QueueCounters::side).containsExactly("in");
    hub.closeInbound(Duration.ZERO);
  }

  @Test
  void undeliverableMessagesAreCountedAsDroppedAtClose() throws Exception {
    SocketQueueHub writerSide = new SocketQueueHub(home, QueueSettings.DEFAULT, null);
    QueueWriter w = writerSide.writer(new QueueName("queue/nobody/reads"));
    for (int i = 0; i < 5; i++) {
      assertThat(w.send(msg(i))).isTrue();
    }
    writerSide.closeOutbound(Duration.ofMillis(100));
    QueueCounters c = writerSide.counters().getFirst();
    assertThat(c.dropped()).isEqualTo(5);
    assertThat(c.queued()).isZero();
  }
}
