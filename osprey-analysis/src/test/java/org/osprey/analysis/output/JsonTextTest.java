package org.osprey.analysis.output;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON string literals from Latin-1 strings: RFC 8259 escaping and the UTF-8 reading. */
class JsonTextTest {

  static String quote(String s) {
    StringBuilder b = new StringBuilder();
    JsonText.quote(s, b);
    return b.toString();
  }

  /** The bytes as Osprey holds them: one char per byte. */
  static String latin1(int... bytes) {
    char[] c = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      c[i] = (char) bytes[i];
    }
    return new String(c);
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(quote("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
    assertThat(quote("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
    assertThat(quote(latin1(0, 1, 0x1f, 0x20, 0x7f))).isEqualTo("\"\\u0000\\u0001\\u001f \u007f\"");
  }

  @Test
  void wellFormedUtf8BytesBecomeTheirCharacters() {
    assertThat(quote(latin1(0xC3, 0xA9))).isEqualTo("\"\u00e9\"");
    assertThat(quote(latin1(0xE2, 0x82, 0xAC))).isEqualTo("\"\u20ac\"");
    assertThat(quote(latin1(0xF0, 0x9F, 0x98, 0x80))).isEqualTo("\"\uD83D\uDE00\"");
    assertThat(quote(latin1(0xEF, 0xBF, 0xBF))).isEqualTo("\"\uffff\"");
    assertThat(quote(latin1(0xF4, 0x8F, 0xBF, 0xBF))).isEqualTo("\"\uDBFF\uDFFF\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "lone Latin-1 e-acute       | e9          | \\u00e9",
      "overlong slash             | c0 af       | \\u00c0\\u00af",
      "overlong NUL               | c0 80       | \\u00c0\\u0080",
      "3-byte overlong            | e0 80 af    | \\u00e0\\u0080\\u00af",
      "encoded surrogate          | ed a0 80    | \\u00ed\\u00a0\\u0080",
      "above U+10FFFF             | f4 90 80 80 | \\u00f4\\u0090\\u0080\\u0080",
      "F5 never starts            | f5 80 80 80 | \\u00f5\\u0080\\u0080\\u0080",
      "truncated then ASCII       | e2 82 41    | \\u00e2\\u0082A",
      "stray continuation         | 80 41       | \\u0080A",
      "valid after invalid        | ff c3 a9    | \\u00ff\u00e9",
  })
  void malformedBytesAreKeptAsLatin1Escapes(String name, String hex, String expected) {
    String[] parts = hex.strip().split(" ");
    int[] bytes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = Integer.parseInt(parts[i], 16);
    }
    assertThat(quote(latin1(bytes))).isEqualTo("\"" + expected + "\"");
  }

  @Test
  void charactersAboveLatin1PassLoneSurrogatesAreEscaped() {
    assertThat(quote("\u20ac\uD83D\uDE00")).isEqualTo("\"\u20ac\uD83D\uDE00\"");
    assertThat(quote("a\uD800b\uDC00")).isEqualTo("\"a\\ud800b\\udc00\"");
  }

  /**
   * The reference reading, independent of JsonText: the JDK's UTF-8 decoder, each byte of a
   * malformed sequence taken as its Latin-1 character.
   */
  static String reference(byte[] bytes) {
    CharsetDecoder d = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 4);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isUnderflow()) {
        break;
      }
      for (int i = 0; i < r.length(); i++) {
        out.put((char) (in.get() & 0xFF));
      }
    }
    d.flush(out);
    return out.flip().toString();
  }

  @Property(tries = 3000)
  void anyBytesGiveAJsonStringThatParsesToTheReferenceReading(@ForAll("bytes") byte[] bytes) {
    String text = new String(bytes, ISO_8859_1);
    String json = quote(text);
    assertThat(MiniJson.parse(json)).isEqualTo(reference(bytes));
    assertThat(UTF_8.newEncoder().canEncode(json)).isTrue();
  }

  @Property(tries = 1000)
  void utf8TextReadsBackAsItself(@ForAll String s) {
    String wellFormed = new String(s.getBytes(UTF_8), UTF_8);
    String asBytes = new String(wellFormed.getBytes(UTF_8), ISO_8859_1);
    assertThat(MiniJson.parse(quote(asBytes))).isEqualTo(wellFormed);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<Byte> any = Arbitraries.bytes();
    Arbitrary<Byte> high = Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF);
    Arbitrary<Byte> low = Arbitraries.bytes().between((byte) 0, (byte) 0x7F);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, any), net.jqwik.api.Tuple.of(3, high),
            net.jqwik.api.Tuple.of(1, low))
        .array(byte[].class).ofMaxSize(40);
  }
}
