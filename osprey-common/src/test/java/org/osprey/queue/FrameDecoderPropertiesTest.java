package org.osprey.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FrameDecoderPropertiesTest {

  @Provide
  Arbitrary<QueueMessage> messages() {
    Arbitrary<Character> queue = Arbitraries.of('1', '2', '3', '4', '8', '9', 'a', 'b');
    Arbitrary<String> location =
        Arbitraries.strings().withCharRange(' ', '\u00ff').excludeChars(':').ofMinLength(1).ofMaxLength(40);
    Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(300);
    return Combinators.combine(queue, location, text).as(QueueMessage::new)
        .filter(m -> m.location().charAt(0) != '(');
  }

  @Property(tries = 300)
  void anySplitOfTheStreamGivesBackTheSameMessages(
      @ForAll @Size(max = 30) List<@From("messages") QueueMessage> messages,
      @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 400) Integer> chunks) {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    messages.forEach(m -> stream.writeBytes(FrameEncoder.frame(m)));
    byte[] bytes = stream.toByteArray();
    FrameDecoder decoder = new FrameDecoder(65536);
    List<QueueMessage> out = new ArrayList<>();
    int pos = 0;
    int c = 0;
    while (pos < bytes.length) {
      int n = chunks.isEmpty() ? bytes.length : Math.min(chunks.get(c++ % chunks.size()), bytes.length - pos);
      out.addAll(decoder.decode(ByteBuffer.wrap(bytes, pos, n)));
      pos += n;
    }
    assertThat(out).isEqualTo(messages);
    assertThat(decoder.rejected()).isZero();
    assertThat(decoder.finish()).isFalse();
  }

  @Property(tries = 500)
  void randomBytesNeverThrowAndEveryFrameIsAccountedFor(
      @ForAll @Size(max = 2000) byte[] garbage, @ForAll @IntRange(min = 4, max = 512) int maxFrame) {
    FrameDecoder decoder = new FrameDecoder(maxFrame);
    List<QueueMessage> out = decoder.decode(ByteBuffer.wrap(garbage));
    decoder.finish();
    assertThat(out).hasSize((int) decoder.decoded());
    assertThat(out).allMatch(m -> m.wire().length() <= maxFrame);
  }
}
