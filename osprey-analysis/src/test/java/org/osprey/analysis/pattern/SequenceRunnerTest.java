package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The single-pass runner answers as java.util.regex does (match, end offset, captures) on every
 * pattern it accepts, and accepts the shapes OSSEC's decoders are made of.
 */
class SequenceRunnerTest {

  private static @Nullable SequenceRunner sequence(String pcre2) throws PatternException {
    return SequenceRunner.of(Pcre2Parser.parse(pcre2, false).root(), CaseFold.ASCII,
        jdk(pcre2));
  }

  private static Runner jdk(String pcre2) throws PatternException {
    Node root = Pcre2Parser.parse(pcre2, false).root();
    return new JdkRunner(java.util.regex.Pattern.compile(Emitter.jdk(root, false),
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNIX_LINES), false,
        Analysis.jdkCaptureLeaks(root), null, RegexCompiler.anchoredAtStart(root));
  }

  @Test
  void acceptsDecoderShapes() throws PatternException {
    assertThat(sequence("^(\\S+) \\S+ (\\S+) \\[\\S+ \\S\\d+\\] \"(\\w+) ")).isNotNull();
    assertThat(sequence("user (\\S+) from (\\S+) port (\\d+)")).isNotNull();
    assertThat(sequence("^\\s*?(\\S+) : TTY=\\S+ ; PWD=(\\S+)")).isNotNull();
    assertThat(sequence("id=(\\d+?)$")).isNotNull();
    assertThat(sequence("\\?{21}")).isNotNull();
  }

  @Test
  void refusesWhatIsNotOneSequence() throws PatternException {
    assertThat(sequence("a|b")).isNull();
    assertThat(sequence("(ab)+")).isNull();
    assertThat(sequence("\\bword")).isNull();
    assertThat(sequence("a^b")).isNull();
    assertThat(sequence("a$b")).isNull();
    assertThat(sequence("(?=a)b")).isNull();
  }

  @Test
  void givesBackWhereTheNextItemCouldTakeTheSameCharacter() throws PatternException {
    Captures c = new Captures();
    assertThat(sequence("HTTP(\\S+)\" (\\d+)").find("GET / HTTP/1.1\" 200 5", 0, c))
        .isEqualTo(19);
    assertThat(c.get(0)).isEqualTo("/1.1");
    assertThat(sequence("a(.*?)b").find("xaccbcb", 0, c)).isEqualTo(5);
    assertThat(c.get(0)).isEqualTo("cc");
    assertThat(sequence("(\\d+?)(\\d)$").find("12345", 0, c)).isEqualTo(5);
    assertThat(c.get(0)).isEqualTo("1234");
  }

  @Test
  void capturesAndOffsets() throws PatternException {
    SequenceRunner r = sequence("user (\\S+) from (\\S+)");
    assertThat(r).isNotNull();
    Captures c = new Captures();
    String log = "Failed password for user root from 10.0.0.1 port 22";
    assertThat(r.find(log, 0, c)).isEqualTo(log.indexOf(" port"));
    assertThat(c.get(0)).isEqualTo("root");
    assertThat(c.get(1)).isEqualTo("10.0.0.1");
    assertThat(sequence("^x").find("ax", 1, null)).as("^ is the search start").isEqualTo(2);
    assertThat(sequence("b$").find("ab\n", 0, null)).as("$ before a final newline").isEqualTo(2);
    assertThat(sequence("b\\z").find("ab\n", 0, null)).isEqualTo(-1);
    assertThat(sequence("a\\S+").find("x\u0100a\u0101b", 0, null))
        .as("wide characters go to the regular runner").isEqualTo(5);
  }

  @Property(tries = 4000)
  void answersAsTheRegexEngine(@ForAll("patterns") String pattern,
      @ForAll("subjects") String subject) throws PatternException {
    SequenceRunner fast;
    Runner slow;
    try {
      fast = sequence(pattern);
      slow = jdk(pattern);
    } catch (PatternException e) {
      return;
    }
    Statistics.label("single-pass runner accepts").collect(fast != null);
    if (fast == null) {
      return;
    }
    for (int from = 0; from <= Math.min(2, subject.length()); from++) {
      Captures a = new Captures();
      Captures b = new Captures();
      int ea = fast.find(subject, from, a);
      int eb = slow.find(subject, from, b);
      assertThat(ea).as("end of %s on \"%s\" from %d", pattern, subject, from).isEqualTo(eb);
      assertThat(a.size()).as("captures of %s on \"%s\"", pattern, subject).isEqualTo(b.size());
      for (int i = 0; i < a.size(); i++) {
        assertThat(a.get(i)).as("capture %d of %s on \"%s\"", i, pattern, subject)
            .isEqualTo(b.get(i));
      }
    }
  }

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> atom = Arbitraries.of("a", "B", " ", "x", "1", "\\S", "\\s", "\\d", "\\w",
        "[ab]", "[^ ]", "[^a\\n]", ".", "\\n");
    Arbitrary<String> quantifier = Arbitraries.of("", "", "+", "*", "?", "+?", "*?", "??", "{2}",
        "{1,3}", "{2,}", "++", "*+");
    Arbitrary<String> item = Combinators.combine(atom, quantifier, Arbitraries.integers()
        .between(0, 5)).as((a, q, g) -> g == 0 ? "(" + a + q + ")" : a + q);
    return Combinators.combine(Arbitraries.of("", "", "^"), item.list().ofMinSize(1).ofMaxSize(6),
        Arbitraries.of("", "", "", "$", "\\z"))
        .as((start, items, end) -> start + String.join("", items) + end);
  }

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.strings().withChars("abAB x1\n\u00e9").ofMaxLength(16);
  }
}
