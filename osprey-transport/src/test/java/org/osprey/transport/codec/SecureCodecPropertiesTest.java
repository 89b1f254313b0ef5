package org.osprey.transport.codec;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.osprey.transport.crypto.CipherMethod;

/** Random and mutated datagrams give a message or a {@link CodecException}, never anything else. */
class SecureCodecPropertiesTest {

  @Property(tries = 500)
  void randomBytesNeverThrowAnythingElse(@ForAll @Size(max = 7000) byte[] data) {
    assertThat(decode(data)).isIn("ok", "rejected");
  }

  @Property(tries = 300)
  void mutatedDatagramsAreRejectedOrIntact(@ForAll("validDatagrams") byte[] d, @ForAll @IntRange(min = 0, max = 5000) int at,
      @ForAll byte value, @ForAll boolean truncate) {
    byte[] m = d.clone();
    if (truncate) {
      m = java.util.Arrays.copyOf(m, at % m.length);
    } else {
      m[at % m.length] = value;
    }
    assertThat(decode(m)).isIn("ok", "rejected");
  }

  @Provide
  Arbitrary<byte[]> validDatagrams() {
    return Arbitraries.strings().ascii().ofMaxLength(3000).flatMap(p -> Arbitraries.of(CipherMethod.values()).map(m -> {
      try {
        return SecureCodec.seal(SecureCodecTest.CIPHER, m, null, new Counter(1, 1),
            p.getBytes(java.nio.charset.StandardCharsets.UTF_8), 3);
      } catch (CodecException e) {
        throw new IllegalStateException(e);
      }
    }));
  }

  private static String decode(byte[] d) {
    try {
      DatagramHeader h = DatagramHeader.parse(d, d.length);
      SecureCodec.open(SecureCodecTest.CIPHER, h.method(), d, h.cipherOffset(), d.length - h.cipherOffset());
      return "ok";
    } catch (CodecException e) {
      return "rejected";
    }
  }

  @Property(tries = 300)
  void lengthFramesSplitAnywhere(@ForAll @Size(min = 1, max = 20) java.util.List<@Size(min = 1, max = 300) byte[]> frames,
      @ForAll @IntRange(min = 1, max = 50) int chunk) throws CodecException {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    frames.forEach(f -> all.writeBytes(LengthFrames.frame(f)));
    byte[] bytes = all.toByteArray();
    LengthFrames dec = new LengthFrames(1000);
    java.util.List<byte[]> out = new java.util.ArrayList<>();
    for (int i = 0; i < bytes.length; i += chunk) {
      out.addAll(dec.decode(java.nio.ByteBuffer.wrap(bytes, i, Math.min(chunk, bytes.length - i))));
    }
    assertThat(out).hasSize(frames.size());
    for (int i = 0; i < out.size(); i++) {
      assertThat(out.get(i)).isEqualTo(frames.get(i));
    }
  }
}
