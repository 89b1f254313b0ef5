package org.osprey.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.testing.SharedReference;

/** The loader's contract: an OssecConfig or a ConfigException with placed problems, nothing else. */
class ConfigPropertiesTest {
  private static final String SAMPLE = sample();

  private static final List<String> VALUES = List.of("yes", "no", "", " ", "abc", "0", "1", "-1",
      "7", "65536", "99999999999999999999", "10.0.0.0/8", "10.0.0.0/33", "::1", "2001:db8::/129",
      "!any", "any", "1h", "5w", "3x", "multi-line:", "multi-line: 4", "syslog", "secure", "udp",
      "tcp", "local", "defined-agent", "::ffff:1.2.3.4", "::ffff:1.2.3.4/96", "a@b.c", "/var/log/x", "9pm", "mon,sun", "sregex", "$");

  private static String sample() {
    try {
      return new String(Files.readAllBytes(SharedReference.ossec().resolve("etc/ossec-server.conf")),
          StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Property(tries = 400)
  void mutatedSampleGivesAConfigOrProblems(
      @ForAll @IntRange(min = 0, max = 9000) int at,
      @ForAll @IntRange(min = 0, max = 120) int cut,
      @ForAll("fragments") String insert) {
    int start = Math.min(at, SAMPLE.length());
    int end = Math.min(start + cut, SAMPLE.length());
    assertContract(SAMPLE.substring(0, start) + insert + SAMPLE.substring(end));
  }

  @Property(tries = 600)
  void randomSectionsGiveAConfigOrProblems(@ForAll("configs") String text) {
    assertContract(text);
  }

  @Provide
  Arbitrary<String> fragments() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("<>/=\"' !-abcxyz\n0123456789.:$").ofMaxLength(20),
        Arbitraries.of(VALUES),
        elements().map(e -> e));
  }

  @Provide
  Arbitrary<String> configs() {
    return sectionText().list().ofMaxSize(6)
        .map(sections -> "<ossec_config>\n" + String.join("\n", sections) + "\n</ossec_config>\n");
  }

  private Arbitrary<String> sectionText() {
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.of(OssecSchema.sections()).map(Section::name), Arbitraries.of("bogus", "Global"));
    return Combinators.combine(names, elements().list().ofMaxSize(8))
        .as((name, body) -> "<" + name + ">" + String.join("", body) + "</" + name + ">");
  }

  private Arbitrary<String> elements() {
    List<Key<?>> keys = new ArrayList<>();
    for (Section s : OssecSchema.sections()) {
      keys.addAll(s.keys());
    }
    Arbitrary<Key<?>> key = Arbitraries.of(keys);
    Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(VALUES),
        Arbitraries.strings().withChars("abc019 ,:./!-").ofMaxLength(12));
    Arbitrary<String> attribute = Combinators.combine(key, value, Arbitraries.integers().between(0, 3))
        .as((k, v, pick) -> {
          String name = k.attributes().isEmpty() || pick == 0
              ? "odd" : k.attributes().get(pick % k.attributes().size()).name();
          return pick == 3 ? "" : " " + name + "=\"" + v.replace("\"", "") + "\"";
        });
    return Combinators.combine(key, attribute, value)
        .as((k, a, v) -> "<" + k.name() + a + ">" + v + "</" + k.name() + ">");
  }

  private static void assertContract(String text) {
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      try {
        OssecConfig config = OssecConfig.parse(text, "fuzz.conf");
        assertThat(config.global()).isNotNull();
      } catch (ConfigException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
          assertThat(p.source()).isEqualTo("fuzz.conf");
          assertThat(p.line()).isPositive();
          assertThat(p.message()).isNotBlank();
        });
      }
    });
  }
}
