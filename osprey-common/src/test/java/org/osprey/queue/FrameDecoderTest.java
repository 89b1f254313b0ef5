package org.osprey.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {
  private static final QueueMessage SSHD =
      new QueueMessage('1', "/var/log/auth.log", "Jan  2 10:11:12 web01 sshd[1]: Accepted password");
  private static final QueueMessage AGENT =
      new QueueMessage('4', "(web01) any->/var/log/secure", "text: with: colons");

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] rawFrame(String payload) {
    byte[] bytes = payload.getBytes(StandardCharsets.ISO_8859_1);
    return ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array();
  }

  @Test
  void frameIsBigEndianLengthThenLatin1Wire() {
    QueueMessage m = new QueueMessage('2', "10.0.0.1", "caf\u00e9");
    byte[] frame = FrameEncoder.frame(m);
    assertThat(frame).startsWith(0, 0, 0, 15);
    assertThat(new String(frame, 4, frame.length - 4, StandardCharsets.ISO_8859_1))
        .isEqualTo("2:10.0.0.1:caf\u00e9");
    assertThat(frame).hasSize(4 + 15);
  }

  @Test
  void decodesWholeFramesInOneChunk() {
    FrameDecoder d = new FrameDecoder(65536);
    List<QueueMessage> out =
        d.decode(ByteBuffer.wrap(concat(FrameEncoder.frame(SSHD), FrameEncoder.frame(AGENT))));
    assertThat(out).containsExactly(SSHD, AGENT);
    assertThat(d.decoded()).isEqualTo(2);
    assertThat(d.rejected()).isZero();
  }

  @Test
  void decodesByteByByte() {
    FrameDecoder d = new FrameDecoder(65536);
    byte[] stream = concat(FrameEncoder.frame(SSHD), FrameEncoder.frame(AGENT));
    List<QueueMessage> out = new ArrayList<>();
    for (int i = 0; i < stream.length; i++) {
      List<QueueMessage> got = d.decode(ByteBuffer.wrap(stream, i, 1));
      if (i != 3 + SSHD.wire().length() && i != stream.length - 1) {
        assertThat(got).as("nothing complete at byte %d", i).isEmpty();
      }
      out.addAll(got);
    }
    assertThat(out).containsExactly(SSHD, AGENT);
    assertThat(d.finish()).isFalse();
  }

  @Test
  void headerSplitAcrossChunks() {
    FrameDecoder d = new FrameDecoder(65536);
    byte[] f = FrameEncoder.frame(SSHD);
    assertThat(d.decode(ByteBuffer.wrap(f, 0, 2))).isEmpty();
    assertThat(d.decode(ByteBuffer.wrap(f, 2, 5))).isEmpty();
    assertThat(d.decode(ByteBuffer.wrap(f, 7, f.length - 7))).containsExactly(SSHD);
  }

  @Test
  void oversizeFrameIsSkippedAndCountedAndTheNextOneStillDecodes() {
    FrameDecoder d = new FrameDecoder(32);
    byte[] big = rawFrame("1:x:" + "y".repeat(100));
    byte[] small = FrameEncoder.frame(new QueueMessage('1', "a", "b"));
    List<QueueMessage> out = new ArrayList<>();
    byte[] stream = concat(big, small, big, small);
    // In chunks of 7 bytes, so that the skipped bytes span several calls.
    for (int i = 0; i < stream.length; i += 7) {
      out.addAll(d.decode(ByteBuffer.wrap(stream, i, Math.min(7, stream.length - i))));
    }
    assertThat(out).containsExactly(new QueueMessage('1', "a", "b"), new QueueMessage('1', "a", "b"));
    assertThat(d.oversize()).isEqualTo(2);
    assertThat(d.malformed()).isZero();
  }

  @Test
  void frameOfExactlyTheMaximumIsAccepted() {
    String wire = "1:x:" + "y".repeat(28);
    assertThat(wire).hasSize(32);
    FrameDecoder d = new FrameDecoder(32);
    assertThat(d.decode(ByteBuffer.wrap(rawFrame(wire)))).hasSize(1);
  }

  @Test
  void hugeLengthWithTopBitSetIsOversizeNotNegative() {
    FrameDecoder d = new FrameDecoder(65536);
    byte[] header = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe};
    assertThat(d.decode(ByteBuffer.wrap(concat(header, new byte[100])))).isEmpty();
    assertThat(d.oversize()).isEqualTo(1);
  }

  @Test
  void zeroLengthAndNonQueuePayloadsAreCountedAsMalformed() {
    FrameDecoder d = new FrameDecoder(65536);
    byte[] stream =
        concat(new byte[4], rawFrame("no"), rawFrame("1x/var/log:text"), FrameEncoder.frame(SSHD));
    assertThat(d.decode(ByteBuffer.wrap(stream))).containsExactly(SSHD);
    assertThat(d.malformed()).isEqualTo(3);
    assertThat(d.rejected()).isEqualTo(3);
  }

  @Test
  void finishCountsAFrameCutShort() {
    FrameDecoder d = new FrameDecoder(65536);
    byte[] f = FrameEncoder.frame(SSHD);
    d.decode(ByteBuffer.wrap(f, 0, 10));
    assertThat(d.finish()).isTrue();
    assertThat(d.malformed()).isEqualTo(1);
    // The decoder starts clean after finish.
    assertThat(d.decode(ByteBuffer.wrap(f))).containsExactly(SSHD);
  }

  @Test
  void decodesFromADirectBuffer() {
    byte[] f = FrameEncoder.frame(AGENT);
    ByteBuffer direct = ByteBuffer.allocateDirect(f.length);
    direct.put(f).flip();
    assertThat(new FrameDecoder(65536).decode(direct)).containsExactly(AGENT);
  }
}
