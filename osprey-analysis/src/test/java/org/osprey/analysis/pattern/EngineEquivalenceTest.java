package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osprey.analysis.pattern.OsPattern.Dialect;
import org.osprey.analysis.pattern.OsPattern.Engine;
import org.osprey.testing.SharedReference;

/**
 * One test, many engines (STYLE #7): the engine is an optimisation and must never change an answer.
 * Each case runs on every engine that can express it (literal path, JDK, budgeted JDK, RE2/J) and all
 * must agree on match, end offset and captures, and with the expected values where given.
 */
class EngineEquivalenceTest {

  /** dialect, pattern, subject, start offset, expected end (null: only agreement is checked). */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(Dialect.PCRE2, "^(\\S+) (\\S+)$", "alpha beta", 0, 10),
        Arguments.of(Dialect.PCRE2, "(a+)+$", "xaaa", 0, 4),
        Arguments.of(Dialect.PCRE2, "(a+)+$", "aaaa!", 0, -1),
        Arguments.of(Dialect.PCRE2, "(a|ab)(c|bcd)(d*)", "abcd", 0, 4),
        Arguments.of(Dialect.PCRE2, "(a*?)(a+)", "aaa", 0, 3),
        Arguments.of(Dialect.PCRE2, "(x)?(y)?z", "yz", 0, 2),
        Arguments.of(Dialect.PCRE2, "(b)$", "ab\n", 0, 2),
        Arguments.of(Dialect.PCRE2, "(a+)+$", "xaa\n", 0, 3),
        Arguments.of(Dialect.PCRE2, "b$", "ab", 0, 2),
        Arguments.of(Dialect.PCRE2, "(?m)^b", "a\nb", 0, 3),
        Arguments.of(Dialect.PCRE2, "\\bfoo\\b", "a foo.", 0, 5),
        Arguments.of(Dialect.PCRE2, "^id=(\\d+)", "x id=42", 2, 7),
        Arguments.of(Dialect.PCRE2, "[^ ]+\\s+(\\w+)", "\u00e9t\u00e9 word", 0, 8),
        Arguments.of(Dialect.PCRE2, "^Accepted", "accepted x", 0, 8),
        Arguments.of(Dialect.PCRE2, "(\\d+\\.)+\\d+", "v 10.0.0.1", 0, 10),
        Arguments.of(Dialect.PCRE2, ".*a.*b.*c", "xxaxxbxxc", 0, 9),
        Arguments.of(Dialect.OS_REGEX, "^(\\w+)(\\w+)", "abcdef", 0, 6),
        Arguments.of(Dialect.OS_REGEX, "(\\.+) (\\.*)", "a b  c", 0, 6),
        Arguments.of(Dialect.OS_REGEX, "user (\\S+) from (\\S+)$", "user r\u00c3\u00a9mi from h", 0, 17),
        Arguments.of(Dialect.OS_REGEX, "^Failed", "failed", 0, 6),
        Arguments.of(Dialect.OS_REGEX, "\\d+$", "port 22", 0, 7),
        Arguments.of(Dialect.OS_MATCH, "^MT1 foo|zzz$", "hello zzz", 0, 9),
        Arguments.of(Dialect.OS_MATCH, "^sshd", "SSHD[1]", 0, 4),
        Arguments.of(Dialect.OS_MATCH, "a.b", "xA.B", 0, 4));
  }

  @ParameterizedTest(name = "{0} {1} on \"{2}\"")
  @MethodSource("cases")
  void everyEngineGivesTheSameAnswer(
      Dialect dialect, String pattern, String subject, int from, @Nullable Integer expectedEnd)
      throws PatternException {
    List<Variant> variants = variants(dialect, pattern);
    assertThat(variants).hasSizeGreaterThanOrEqualTo(2);
    Outcome first = Outcome.of(variants.get(0).pattern(), subject, from);
    if (expectedEnd != null) {
      assertThat(first.end()).isEqualTo(expectedEnd);
    }
    for (Variant v : variants) {
      assertThat(Outcome.of(v.pattern(), subject, from)).as(v.engine().toString()).isEqualTo(first);
    }
  }

  @Test
  void everyStockPatternGivesTheSameAnswersOnEveryEngine() throws Exception {
    List<String> subjects = sampleLines();
    int compared = 0;
    int matches = 0;
    List<String> differences = new ArrayList<>();
    for (StockPatterns.Stock s : StockPatterns.load()) {
      List<Variant> variants = variants(s.dialect(), s.pattern());
      if (variants.size() < 2) {
        continue;
      }
      for (String subject : subjects) {
        Outcome reference = Outcome.of(variants.get(0).pattern(), subject, 0);
        matches += reference.end() >= 0 ? 1 : 0;
        for (Variant v : variants.subList(1, variants.size())) {
          Outcome o = Outcome.of(v.pattern(), subject, 0);
          compared++;
          if (!o.equals(reference) && differences.size() < 20) {
            differences.add(s + " on " + subject + ": " + v.engine() + " " + o + " vs " + reference);
          }
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(compared).isGreaterThan(500_000);
    assertThat(matches).isGreaterThan(500);
  }

  /** The thread count is a variant too: shared compiled patterns give the same answers in parallel. */
  @Test
  void sharedPatternsGiveTheSameAnswersFromManyThreads() throws Exception {
    List<OsPattern> patterns = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (Arguments a : cases().toList()) {
      Object[] args = a.get();
      for (Variant v : variants((Dialect) args[0], (String) args[1])) {
        patterns.add(v.pattern());
      }
      subjects.add((String) args[2]);
    }
    List<Outcome> expected = new ArrayList<>();
    for (OsPattern p : patterns) {
      for (String s : subjects) {
        expected.add(Outcome.of(p, s, 0));
      }
    }
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      List<java.util.concurrent.Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    int i = 0;
                    for (OsPattern p : patterns) {
                      for (String s : subjects) {
                        if (!Outcome.of(p, s, 0).equals(expected.get(i++))) {
                          return false;
                        }
                      }
                    }
                  }
                  return true;
                }));
      }
      for (var run : runs) {
        assertThat(run.get()).isTrue();
      }
    }
  }

  /** One compiled variant of a pattern. */
  record Variant(Engine engine, OsPattern pattern) {}

  /** The pattern on every engine that accepts it; the JDK first when available. */
  static List<Variant> variants(Dialect dialect, String pattern) throws PatternException {
    List<Variant> out = new ArrayList<>();
    for (Engine e : new Engine[] {Engine.JDK, Engine.JDK_BOUNDED, Engine.RE2J, Engine.LITERAL}) {
      try {
        out.add(new Variant(e, Patterns.compile(dialect, pattern, e)));
      } catch (PatternException ex) {
        if (e == Engine.JDK) {
          throw ex;
        }
      }
    }
    return out;
  }

  /** Lines of the sample logs shipped with OSSEC (every third line, to keep the test short). */
  private static List<String> sampleLines() throws IOException {
    Path dir = SharedReference.ossec().resolve("etc/rules/log-entries");
    List<String> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String[] lines = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).split("\n");
      for (int i = 0; i < lines.length; i += 3) {
        if (!lines[i].isBlank()) {
          out.add(lines[i]);
        }
      }
    }
    return out;
  }
}
