package org.osprey.transport.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskBufferTest {
  @TempDir Path dir;

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void keepsUnackedEventsAcrossARestartAndFreesAckedSegments() throws Exception {
    String id;
    try (DiskBuffer buf = DiskBuffer.open(dir, 1 << 20, 100)) {
      id = buf.id();
      for (int i = 1; i <= 50; i++) {
        assertThat(buf.append(b("event-" + i))).isEqualTo(i);
      }
      assertThat(buf.read(1, 3)).extracting(DiskBuffer.Entry::seq).containsExactly(1L, 2L, 3L);
      buf.ack(30);
      assertThat(buf.read(1, 2)).extracting(e -> new String(e.data())).containsExactly("event-31", "event-32");
    }
    long segments;
    try (var s = Files.list(dir)) {
      segments = s.filter(p -> p.getFileName().toString().startsWith("seg-")).count();
    }
    assertThat(segments).isLessThan(20);
    try (DiskBuffer buf = DiskBuffer.open(dir, 1 << 20, 100)) {
      assertThat(buf.id()).isEqualTo(id);
      assertThat(buf.acked()).isEqualTo(30);
      assertThat(buf.pending()).isEqualTo(20);
      List<DiskBuffer.Entry> rest = buf.read(0, 100);
      assertThat(rest).hasSize(20);
      assertThat(new String(rest.getFirst().data())).isEqualTo("event-31");
      assertThat(buf.append(b("event-51"))).isEqualTo(51);
      // Go back: read again from an earlier number.
      assertThat(buf.read(45, 100)).extracting(DiskBuffer.Entry::seq).containsExactly(45L, 46L, 47L, 48L, 49L, 50L, 51L);
    }
  }

  @Test
  void refusesWhenFullAndAcceptsAgainAfterAcks() throws Exception {
    try (DiskBuffer buf = DiskBuffer.open(dir, 200, 64)) {
      int n = 0;
      while (buf.append(b("0123456789")) > 0) {
        n++;
      }
      assertThat(n).isEqualTo(200 / 22);
      assertThat(buf.append(b("x"))).isEqualTo(-1);
      buf.ack(buf.last());
      assertThat(buf.bytes()).isZero();
      assertThat(buf.append(b("x"))).isEqualTo(n + 1);
    }
  }

  @Test
  void aTornTailIsCutOnOpen() throws Exception {
    try (DiskBuffer buf = DiskBuffer.open(dir, 1 << 20, 1 << 20)) {
      buf.append(b("whole"));
    }
    Path seg = dir.resolve("seg-1");
    Files.write(seg, new byte[] {0, 0, 0, 9, 0}, java.nio.file.StandardOpenOption.APPEND);
    try (DiskBuffer buf = DiskBuffer.open(dir, 1 << 20, 1 << 20)) {
      assertThat(buf.last()).isEqualTo(1);
      assertThat(buf.append(b("next"))).isEqualTo(2);
      assertThat(buf.read(1, 10)).extracting(e -> new String(e.data())).containsExactly("whole", "next");
    }
  }
}
