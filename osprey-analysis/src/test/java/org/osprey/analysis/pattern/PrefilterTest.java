package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.pattern.OsPattern.Dialect;
import org.osprey.analysis.pattern.OsPattern.Engine;

/**
 * The literal prefilter never changes an answer: a prefiltered pattern answers as the same pattern
 * without it (one test, two engines), and its literals are what the pattern requires.
 */
class PrefilterTest {

  private static @Nullable Prefilter prefilterOf(String pcre2) throws PatternException {
    OsPattern p = Patterns.pcre2(pcre2);
    return p instanceof PrefilteredPattern f ? f.prefilter() : null;
  }

  @Test
  void alternationOfLiteralsDecidesAlone() throws PatternException {
    Prefilter f = prefilterOf("Failed password|Invalid user");
    assertThat(f).isNotNull();
    assertThat(f.literals()).containsExactlyInAnyOrder("failed password", "invalid user");
    assertThat(f.decides()).isTrue();
  }

  @Test
  void requiredLiteralOfAPatternWithGroups() throws PatternException {
    Prefilter f = prefilterOf("^(\\S+) sshd\\[\\d+\\]: Accepted (\\w+) for");
    assertThat(f).isNotNull();
    assertThat(f.literals()).containsExactly("]: accepted ");
    assertThat(f.decides()).isFalse();
  }

  @Test
  void everyRequiredLiteralIsChecked() throws PatternException {
    Prefilter f = prefilterOf("POST /.*(?:Googlebot|MSNBot|BingBot)");
    assertThat(f).isNotNull();
    assertThat(f.groups()).containsExactlyInAnyOrder(List.of("post /"),
        List.of("googlebot", "msnbot", "bingbot"));
    assertThat(f.check("POST /index.php HTTP/1.1", 0)).isEqualTo(Prefilter.ABSENT);
    assertThat(f.check("POST /x (compatible; bingbot/2.0)", 0)).isEqualTo(Prefilter.FOUND);
    assertThat(f.decides()).isFalse();
  }

  @Test
  void repeatedLiteralsAreRequiredInARow() throws PatternException {
    assertThat(prefilterOf("\\?{21}").literals()).containsExactly("?".repeat(21));
    assertThat(prefilterOf("x@{3,}").literals()).containsExactly("@@@");
    assertThat(prefilterOf("(?:ab){2}c").literals()).containsExactly("ababc");
    assertThat(prefilterOf("(?:ab){2}c").decides()).isTrue();
  }

  @Test
  void anchorsAndClassesKeepTheRegexInCharge() throws PatternException {
    assertThat(prefilterOf("^refused (connect|access) from").decides()).isFalse();
    assertThat(prefilterOf("\\d+ bytes")).isNotNull();
    assertThat(prefilterOf("^\\S+ \\d+$")).isNull();
    assertThat(prefilterOf("a?b|c")).isNull();
  }

  @Test
  void requiredPrefixOfAnchoredPatterns() throws PatternException {
    assertThat(Patterns.pcre2("^sshd\\[\\d+").requiredPrefix()).isEqualTo("sshd[");
    assertThat(Patterns.pcre2("^Postfix/").requiredPrefix()).isEqualTo("postfix/");
    assertThat(Patterns.osMatch("^Sudo").requiredPrefix()).isEqualTo("sudo");
    assertThat(Patterns.pcre2("^(?:a|b)x").requiredPrefix()).isNull();
    assertThat(Patterns.pcre2("sshd$").requiredPrefix()).isNull();
    assertThat(Patterns.pcre2("^(?-i)Ab").requiredPrefix()).isNull();
    assertThat(Patterns.osMatch("").requiredPrefix()).isNull();
  }

  @Test
  void anchoredPatternsAreRecognised() throws PatternException {
    assertThat(RegexCompiler.anchoredAtStart(Pcre2Parser.parse("^ab|^cd", false).root())).isTrue();
    assertThat(RegexCompiler.anchoredAtStart(Pcre2Parser.parse("(?:^ab)c", false).root())).isTrue();
    assertThat(RegexCompiler.anchoredAtStart(Pcre2Parser.parse("^ab|cd", false).root())).isFalse();
    assertThat(RegexCompiler.anchoredAtStart(Pcre2Parser.parse("(?m)^ab", false).root())).isFalse();
    assertThat(Patterns.pcre2("^\\d+ x").find("12 x 34 x", 3, null)).isEqualTo(-1);
    assertThat(Patterns.pcre2("^\\d+ x").find("12 x 34 x", 5, null)).isEqualTo(9);
  }

  @Property(tries = 3000)
  void prefilteredAnswersAsThePlainPattern(@ForAll("patterns") String pattern,
      @ForAll("subjects") String subject, @ForAll("dialects") Dialect dialect) {
    OsPattern fast;
    OsPattern plain;
    try {
      fast = Patterns.compile(dialect, pattern);
      plain = Patterns.compile(dialect, pattern, fast.engine() == Engine.LITERAL ? Engine.LITERAL
          : Engine.JDK_BOUNDED);
    } catch (PatternException e) {
      return;
    }
    for (int from : new int[] {0, Math.min(3, subject.length())}) {
      Captures a = new Captures();
      Captures b = new Captures();
      int ea = fast.find(subject, from, a);
      int eb = plain.find(subject, from, b);
      if (plain.abortedSearches() > 0) {
        return;
      }
      assertThat(ea).as("end of %s on %s from %d", pattern, subject, from).isEqualTo(eb);
      assertThat(a.size()).isEqualTo(b.size());
    }
    assertThat(fast.test(subject)).as("%s on %s", pattern, subject).isEqualTo(plain.test(subject));
  }

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> atom = Arbitraries.oneOf(
        Arbitraries.of("ab", "Ab", "bc", "fail", "FAIL", "x", "sshd", "é", "\\d", "\\s", "\\S+",
            "[ab]", "[^a]", ".", "a+", "b*", "(ab)", "(?:ab|cd)", "^", "$", "\\b", "a{2}", "a{2,}",
            "(?:ab){2}", "\\?{3}", "[^a]*"));
    return atom.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l))
        .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("|", l));
  }

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.strings().withChars("abcdxABFILAfilsh 0123\u00e9\u00c9]").ofMaxLength(24);
  }

  @Provide
  Arbitrary<Dialect> dialects() {
    return Arbitraries.of(Dialect.PCRE2, Dialect.OS_MATCH);
  }
}
