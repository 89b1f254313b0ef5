package org.osprey.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;
import org.osprey.testing.SharedReference;

/** The reader's contract: a document or an XmlParseException, never anything else, never a hang. */
class OssecXmlPropertiesTest {

  private static final String SAMPLE = loadSample();

  private static String loadSample() {
    try {
      return new String(
          Files.readAllBytes(SharedReference.ossec().resolve("etc/rules/sshd_rules.xml")),
          StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Property(tries = 2000)
  void randomTextGivesADocumentOrAParseError(@ForAll("xmlish") String text) {
    assertContract(text);
  }

  @Property(tries = 500)
  void mutatedStockFileGivesADocumentOrAParseError(
      @ForAll @IntRange(min = 0, max = 20000) int at,
      @ForAll @IntRange(min = 0, max = 200) int cut,
      @ForAll("xmlish") String insert) {
    int start = Math.min(at, SAMPLE.length());
    int end = Math.min(start + cut, SAMPLE.length());
    assertContract(SAMPLE.substring(0, start) + insert + SAMPLE.substring(end));
  }

  private static void assertContract(String text) {
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parseOrFail(text));
  }

  private static void parseOrFail(String text) {
    try {
      XmlDocument doc = OssecXml.parse(text, "fuzz.xml");
      assertThat(doc.source()).isEqualTo("fuzz.xml");
    } catch (XmlParseException e) {
      assertThat(e.getMessage()).startsWith("fuzz.xml:");
      assertThat(e.line()).isPositive();
    }
  }

  @Provide
  Arbitrary<String> xmlish() {
    return Arbitraries.strings()
        .withChars("<>/!-?=\"' \n\\$.|abvrX&")
        .withCharRange('\u0000', '\u00ff')
        .ofMaxLength(200);
  }
}
