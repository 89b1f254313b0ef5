package org.osprey.agent.logcollector.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LineSplitterPropertiesTest {

  record Line(List<Byte> kept, long full) {}

  /** Byte streams with plenty of newlines (a tenth of the bytes), and any other byte. */
  @Provide
  Arbitrary<byte[]> streams() {
    Arbitrary<Byte> b = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((byte) '\n')),
        net.jqwik.api.Tuple.of(9, Arbitraries.bytes()));
    return b.list().ofMaxSize(3000).map(l -> {
      byte[] out = new byte[l.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = l.get(i);
      }
      return out;
    });
  }

  /** The lines of {@code stream} split in one piece by plain searching, the reference. */
  private static List<Line> reference(byte[] stream, int max) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < stream.length; i++) {
      if (stream[i] == '\n') {
        int len = i - start;
        out.add(new Line(boxed(Arrays.copyOfRange(stream, start, start + Math.min(len, max))), len));
        start = i + 1;
      }
    }
    return out;
  }

  private static List<Byte> boxed(byte[] b) {
    List<Byte> l = new ArrayList<>(b.length);
    for (byte x : b) {
      l.add(x);
    }
    return l;
  }

  @Property(tries = 400)
  void anyChunkingOfAStreamGivesTheSameLines(
      @ForAll("streams") byte[] stream,
      @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 700) Integer> chunks,
      @ForAll @IntRange(min = 1, max = 200) int max) throws InterruptedException {
    LineSplitter s = new LineSplitter(max);
    List<Line> out = new ArrayList<>();
    long[] lastEnd = {0};
    int pos = 0;
    int c = 0;
    while (pos < stream.length) {
      int n = chunks.isEmpty() ? stream.length : Math.min(chunks.get(c++ % chunks.size()),
          stream.length - pos);
      int chunkStart = pos;
      s.feed(stream, pos, n, (bytes, off, len, full, consumed) -> {
        assertThat(len).isLessThanOrEqualTo(max);
        // consumed points just past this line's newline in the chunk.
        assertThat(stream[chunkStart + consumed - 1]).isEqualTo((byte) '\n');
        assertThat(chunkStart + consumed).isGreaterThan((int) lastEnd[0]);
        lastEnd[0] = chunkStart + consumed;
        out.add(new Line(boxed(Arrays.copyOfRange(bytes, off, off + len)), full));
      });
      pos += n;
    }
    assertThat(out).isEqualTo(reference(stream, max));
    int lastNewline = -1;
    for (int i = 0; i < stream.length; i++) {
      if (stream[i] == '\n') {
        lastNewline = i;
      }
    }
    assertThat(s.pendingBytes()).isEqualTo(stream.length - lastNewline - 1);
  }
}
