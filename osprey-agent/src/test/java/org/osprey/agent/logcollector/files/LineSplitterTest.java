package org.osprey.agent.logcollector.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

  record Line(String text, long full, int consumed) {}

  private static List<Line> feed(LineSplitter s, String chunk) throws InterruptedException {
    List<Line> out = new ArrayList<>();
    byte[] b = chunk.getBytes(StandardCharsets.ISO_8859_1);
    s.feed(b, 0, b.length, (bytes, off, len, full, consumed) ->
        out.add(new Line(new String(bytes, off, len, StandardCharsets.ISO_8859_1), full, consumed)));
    return out;
  }

  @Test
  void linesEndAtNewlinesAndTheTailWaits() throws InterruptedException {
    LineSplitter s = new LineSplitter(100);
    assertThat(feed(s, "one\ntwo\nthr")).containsExactly(new Line("one", 3, 4), new Line("two", 3, 8));
    assertThat(s.pendingBytes()).isEqualTo(3);
    assertThat(feed(s, "ee\n\n")).containsExactly(new Line("three", 5, 3), new Line("", 0, 4));
    assertThat(s.pendingBytes()).isZero();
  }

  @Test
  void aLongLineIsCutToTheMaximumAndItsRestSkipped() throws InterruptedException {
    LineSplitter s = new LineSplitter(5);
    assertThat(feed(s, "abcdefgh\nxy\n")).containsExactly(new Line("abcde", 8, 9), new Line("xy", 2, 12));
    // Across chunks: kept up to the maximum, the rest counted, memory bounded.
    assertThat(feed(s, "1234")).isEmpty();
    assertThat(feed(s, "56789")).isEmpty();
    assertThat(s.pendingBytes()).isEqualTo(9);
    assertThat(feed(s, "0\nz\n")).containsExactly(new Line("12345", 10, 2), new Line("z", 1, 4));
  }

  @Test
  void bytesAreNotDecoded() throws InterruptedException {
    LineSplitter s = new LineSplitter(100);
    byte[] b = {(byte) 0xff, (byte) 0xc3, 0x28, '\r', '\n'};
    List<byte[]> out = new ArrayList<>();
    s.feed(b, 0, b.length, (bytes, off, len, full, consumed) ->
        out.add(java.util.Arrays.copyOfRange(bytes, off, off + len)));
    assertThat(out).singleElement().isEqualTo(new byte[] {(byte) 0xff, (byte) 0xc3, 0x28, '\r'});
  }

  @Test
  void finishHandsOnTheUnterminatedLastLine() throws InterruptedException {
    LineSplitter s = new LineSplitter(3);
    feed(s, "a\nbcdef");
    List<Line> out = new ArrayList<>();
    assertThat(s.finish((bytes, off, len, full, consumed) ->
        out.add(new Line(new String(bytes, off, len, StandardCharsets.ISO_8859_1), full, consumed))))
        .isOne();
    assertThat(out).containsExactly(new Line("bcd", 5, 0));
    assertThat(s.finish((bytes, off, len, full, consumed) -> out.add(null))).isZero();
  }

  @Test
  void resetForgetsThePartialLine() throws InterruptedException {
    LineSplitter s = new LineSplitter(10);
    feed(s, "partial");
    s.reset();
    assertThat(feed(s, "new\n")).containsExactly(new Line("new", 3, 4));
    assertThatThrownBy(() -> new LineSplitter(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
