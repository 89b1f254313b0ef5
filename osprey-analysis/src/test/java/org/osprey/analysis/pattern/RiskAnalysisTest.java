package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osprey.analysis.pattern.OsPattern.Dialect;
import org.osprey.analysis.pattern.OsPattern.Engine;

/** Patterns that could backtrack super-linearly leave the plain JDK; ordinary ones stay. */
class RiskAnalysisTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(a+)+$",
        "(a|a)*b",
        "(.*)*x",
        "(\\w+\\s?)+$",
        "(\\d+\\.\\d+)+x",
        "(\\d|\\w)+!",
        "(?:x+x+)+y",
        ".*a.*b.*c",
        "(\\s*\\w+)+$",
      })
  void riskyPatternsLeaveThePlainJdk(String pattern) throws PatternException {
    OsPattern p = Patterns.pcre2(pattern);
    assertThat(p.engine()).isIn(Engine.RE2J, Engine.JDK_BOUNDED);
    assertThat(p.engineNote()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(\\d+\\.)+\\d+",
        "^(\\S+) (\\S+) (\\S+)$",
        "^\\S+\\|(\\S+)\\|(\\S+)\\|(\\S+)\\|",
        "(foo|bar)+",
        "\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}",
        "user (\\S+) from (\\S+) port (\\d+)",
        ".*foo.*bar",
        "(a+)++b",
        "(\\w+\\s?){2}",
      })
  void ordinaryPatternsStayOnTheJdk(String pattern) throws PatternException {
    assertThat(Patterns.pcre2(pattern).engine()).isEqualTo(Engine.JDK);
  }

  @Test
  void theNoteNamesTheShapeAndTheEngine() throws PatternException {
    assertThat(Patterns.pcre2("x(a+)+$").engineNote())
        .isEqualTo("nested quantifier (a+)+ — runs on RE2/J");
    assertThat(Patterns.pcre2("x(a|a)*b").engineNote())
        .isEqualTo("overlapping alternatives under a quantifier (a|a)* — runs on RE2/J");
  }

  @Test
  void withABackreferenceTheJdkRunsUnderABudget() throws PatternException {
    OsPattern p = Patterns.pcre2("^(a|a)*\\1b");
    assertThat(p.engine()).isEqualTo(Engine.JDK_BOUNDED);
    assertThat(p.engineNote()).contains("backreference needs backtracking");
  }

  @Test
  void aCatastrophicPatternOnRe2jAnswersQuickly() throws PatternException {
    OsPattern p = Patterns.pcre2("^(a+)+$");
    String subject = "a".repeat(5000) + "!";
    assertThat(p.engine()).isEqualTo(Engine.RE2J);
    long t0 = System.nanoTime();
    assertThat(p.test(subject)).isFalse();
    assertThat(p.test("aaaa")).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aSpeculativeJdkSearchHandsOnlyTheCostlySubjectsToItsFallback() throws PatternException {
    // The back-reference keeps the JDK from remembering positions it already failed at.
    Node root = Pcre2Parser.parse("^(a|a)*\\1b", false).root();
    java.util.concurrent.atomic.AtomicInteger handedOver = new java.util.concurrent.atomic.AtomicInteger();
    Runner fallback = new Runner() {
      @Override
      public int find(CharSequence text, int from, @org.jspecify.annotations.Nullable Captures c) {
        handedOver.incrementAndGet();
        return -1;
      }

      @Override
      public long aborted() {
        return 0;
      }
    };
    Runner r = JdkRunner.speculative(java.util.regex.Pattern.compile(Emitter.jdk(root, false)),
        false, true, fallback);
    Captures c = new Captures();
    assertThat(r.find("aab", 0, c)).isEqualTo(3);
    // (a|a)* took one a, and \1 the other.
    assertThat(c.get(0)).isEqualTo("a");
    assertThat(handedOver).hasValue(0);
    assertThat(r.find("a".repeat(40), 0, null)).isEqualTo(-1);
    assertThat(handedOver).as("the runaway search went to the fallback").hasValue(1);
    assertThat(r.aborted()).isZero();
  }

  @Test
  void theBudgetStopsARunawaySearchAndCountsIt() throws PatternException {
    OsPattern p = Patterns.pcre2("^(a|a)*\\1b");
    String subject = "a".repeat(40);
    long t0 = System.nanoTime();
    assertThat(p.test(subject)).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    assertThat(p.abortedSearches()).isEqualTo(1);
    // Ordinary subjects still match under the budget.
    assertThat(p.test("aab")).isTrue();
    assertThat(p.abortedSearches()).isEqualTo(1);
  }

  @Test
  void theDollarOfRe2jPatternsFallsBackForSubjectsEndingInANewline() throws PatternException {
    OsPattern p = Patterns.pcre2("(a+)+$");
    assertThat(p.engine()).isEqualTo(Engine.RE2J);
    assertThat(p.find("xaa\n", 0, null)).isEqualTo(3);
    assertThat(p.find("xaa\n\n", 0, null)).isEqualTo(-1);
  }

  @Test
  void osRegexPatternsCanBeRiskyToo() throws PatternException {
    // OS_Regex quantifiers apply to single escapes only, so only chains can be risky.
    OsPattern p = Patterns.osRegex("\\.+a\\.+a\\.+a\\.+b");
    assertThat(p.engine()).isEqualTo(Engine.RE2J);
    assertThat(p.test("xxaxxaxxaxxb")).isTrue();
    assertThat(p.test("a".repeat(3000))).isFalse();
  }

  @Test
  void aSearchThatOverflowsTheJdkStackIsFinishedOnRe2j() throws PatternException {
    // The JDK recurses once per repetition of a group; 300,000 of them overflow any usual stack.
    OsPattern p = Patterns.pcre2("^(?:(a)|b)*c");
    assertThat(p.engine()).isEqualTo(Engine.JDK);
    String subject = "ab".repeat(150_000) + "c";
    Captures c = new Captures();
    assertThat(p.find(subject, 0, c)).isEqualTo(subject.length());
    assertThat(c.get(0)).isEqualTo("a");
    assertThat(p.abortedSearches()).isZero();
  }

  @Test
  void withoutAnRe2jEquivalentAnOverflowingSearchCountsAsAborted() throws PatternException {
    OsPattern p = Patterns.pcre2("^(?:(a)|b)*\\1c");
    assertThat(p.test("ab".repeat(150_000) + "ac")).isFalse();
    assertThat(p.abortedSearches()).isEqualTo(1);
  }

  @Test
  void aForcedEngineThatCannotRunThePatternIsRefused() {
    assertThatThrownBy(() -> Patterns.compile(Dialect.PCRE2, "(a)\\1", Engine.RE2J))
        .isInstanceOf(PatternException.class)
        .hasMessageContaining("backreference");
    assertThatThrownBy(() -> Patterns.compile(Dialect.PCRE2, "a(?=b)", Engine.RE2J))
        .hasMessageContaining("lookaround");
    assertThatThrownBy(() -> Patterns.compile(Dialect.PCRE2, "a.b", Engine.LITERAL))
        .hasMessageContaining("LITERAL");
  }
}
