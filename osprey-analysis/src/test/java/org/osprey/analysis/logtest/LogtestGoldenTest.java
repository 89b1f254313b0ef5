package org.osprey.analysis.logtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.testing.StockRuleset;

/**
 * logtest's output byte for byte, against golden files: the Phase 1/2/3 trace, the {@code -v} rule
 * trace, {@code -a} alerts and {@code -U} unit mode, on OSSEC's stock ruleset with a fixed clock and
 * server hostname. Regenerate a golden file only after checking the new output against
 * ../shared/spec/ossec-rules.md §10.3; set -Dosprey.golden.write=true to write them.
 */
class LogtestGoldenTest {
  static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-23T10:00:00Z"));
  @TempDir static Path work;
  static Ruleset ruleset;
  static Path home;

  @BeforeAll
  static void load() throws IOException {
    ruleset = StockRuleset.load(work);
    home = StockRuleset.home(work);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sshd-failure|-v",
      "sshd-failure-alert|-a",
      "sshd-failure-unit|-U 5716:5:sshd",
      "sshd-failure-unit-wrong-level|-U 5716:6:sshd",
      "no-decoder|",
      "frequency|-a",
      "apache-attack|",
      "pix|"})
  void matchesGoldenFile(String name, String flags) throws IOException {
    String input = new String(resource(name + ".in"), StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> extra = flags == null || flags.isBlank() ? List.of()
        : List.of(flags.strip().split(" "));
    int code = new Logtest(CLOCK, ZoneOffset.UTC).run(ruleset,
        StockRuleset.options(home, extra.toArray(String[]::new)),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)),
        new PrintStream(out, true, StandardCharsets.ISO_8859_1),
        new PrintStream(err, true, StandardCharsets.ISO_8859_1));
    String actual = "exit: " + code + "\n--- stdout\n" + out.toString(StandardCharsets.ISO_8859_1)
        + "--- stderr\n" + err.toString(StandardCharsets.ISO_8859_1);
    Path golden = Path.of("src/test/resources/logtest", name + ".golden");
    if (Boolean.getBoolean("osprey.golden.write")) {
      Files.writeString(golden, actual, StandardCharsets.ISO_8859_1);
    }
    assertThat(actual).isEqualTo(new String(resource(name + ".golden"), StandardCharsets.ISO_8859_1));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = LogtestGoldenTest.class.getResourceAsStream("/logtest/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource /logtest/" + name);
      }
      return in.readAllBytes();
    }
  }
}
