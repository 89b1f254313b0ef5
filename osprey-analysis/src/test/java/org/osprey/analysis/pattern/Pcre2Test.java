package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PCRE2 elements (spec §3.5) and the constructs Java reads differently (§3.6). */
class Pcre2Test {

  @Test
  void matchingIsPerByteWithAsciiFolding() throws PatternException {
    // [verified] é is two bytes, so .{2} takes it; É (C3 89) does not fold to é (C3 A9).
    assertThat(Patterns.pcre2("^U8 .{2}$").test(OsRegexTest.latin1("U8 é"))).isTrue();
    assertThat(Patterns.pcre2("^U9 " + OsRegexTest.latin1("É") + "$").test(OsRegexTest.latin1("U9 é")))
        .isFalse();
    assertThat(Patterns.pcre2("\u00e9").test("\u00c9")).isFalse();
    assertThat(Patterns.pcre2("abc").test("xABCx")).isTrue();
  }

  @Test
  void escapesAreAsciiAndDotStopsOnlyAtNewline() throws PatternException {
    assertThat(Patterns.pcre2("^\\w+$").test("caf\u00e9")).isFalse();
    assertThat(Patterns.pcre2("^\\s$").test("\u000b")).isTrue();
    assertThat(Patterns.pcre2("^\\s$").test("\u00a0")).isFalse();
    assertThat(Patterns.pcre2("a.b").test("a\rb")).isTrue();
    assertThat(Patterns.pcre2("a.b").test("a\nb")).isFalse();
    assertThat(Patterns.pcre2("\\bx").test("\u00e9x")).isTrue();
  }

  @Test
  void dollarMatchesAtTheEndOrBeforeAFinalNewlineOnly() throws PatternException {
    OsPattern p = Patterns.pcre2("(b)$");
    assertThat(p.find("ab\n", 0, null)).isEqualTo(2);
    assertThat(p.test("ab\r")).isFalse();
    assertThat(p.test("ab\n\n")).isFalse();
  }

  /** §3.6's table: PCRE2 syntax that Java would read differently, rewritten. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '»',
      value = {
        "[[]» [» true",
        "[a[b]» [» true",
        "[a[b]» ]» false",
        "[a&&b]» &» true",
        "[a&&[b]]» b]» true",
        "[[:alpha:]]+» abc» true",
        "[[:^digit:]]» 7» false",
        "^[[:punct:]]$» _» true",
        "x{» X{» true",
        "{abc}» {ABC}» true",
        "a{,5}» a{,5}» true",
        "a{ 1}» a{ 1}» true",
        "(?P<user>\\w+)@» bob@» true",
        "(?P<dup_1>a)(?P=dup_1)» aA» true",
        "a(?#comment)b» ab» true",
        "\\Qa.b*\\E+» a.b**» true",
        "\\Qa.b\\E» axb» false",
        "(?x) a b # comment» ab» true",
        "\\N+» a» true",
        "\\x41\\101\\o{101}» aAa» true",
      })
  void rewritesWhatJavaReadsDifferently(String pattern, String subject, boolean matches)
      throws PatternException {
    assertThat(Patterns.pcre2(pattern).test(subject)).isEqualTo(matches);
  }

  @Test
  void controlEscapes() throws PatternException {
    assertThat(Patterns.pcre2("\\cA\\c[\\e\\a").test("\u0001\u001b\u001b\u0007")).isTrue();
  }

  @Test
  void namedGroupsKeepTheirNumbersAndBackreferencesFold() throws PatternException {
    Captures c = new Captures();
    assertThat(Patterns.pcre2("(?P<a_b>x)(y)\\k<a_b>(?'q'z)\\g{-1}").find("xyXzZ", 0, c)).isEqualTo(5);
    assertThat(c.size()).isEqualTo(3);
    assertThat(c.get(2)).isEqualTo("z");
  }

  @Test
  void inlineOptionsApplyToTheRestOfTheirGroup() throws PatternException {
    assertThat(Patterns.pcre2("(?-i)a(?i)b").test("aB")).isTrue();
    assertThat(Patterns.pcre2("(?-i)a(?i)b").test("Ab")).isFalse();
    assertThat(Patterns.pcre2("(?:(?-i)a)b").test("aB")).isTrue();
    assertThat(Patterns.pcre2("(?-i:[a-c]+)").test("ABC")).isFalse();
    assertThat(Patterns.pcre2("(?s)a.b").test("a\nb")).isTrue();
    assertThat(Patterns.pcre2("(?m)^b$").test("a\nb\nc")).isTrue();
    assertThat(Patterns.pcre2("(?U)a+").find("aaa", 0, null)).isEqualTo(1);
    Captures c = new Captures();
    assertThat(Patterns.pcre2("(?n)(a)(?<x>b)").find("ab", 0, c)).isEqualTo(2);
    assertThat(c.size()).isEqualTo(1);
    assertThat(c.get(0)).isEqualTo("b");
  }

  @Test
  void octalAndBackreferencesFollowPcre2sRule() throws PatternException {
    assertThat(Patterns.pcre2("\\11").test("\t")).isTrue();
    assertThat(Patterns.pcre2("(a)\\1").test("aa")).isTrue();
    assertThatThrownBy(() -> Patterns.pcre2("a\\8"))
        .isInstanceOf(PatternException.class)
        .hasMessageContaining("non-existent subpattern");
  }

  /** §3.6: what Java cannot do is refused with a message naming the construct. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '»',
      value = {
        "a(?R)?b» recursion",
        "(a)(?1)» recursion",
        "(a)(?(1)b|c)» conditional",
        "a\\Kb» \\K",
        "(*FAIL)» (*VERB)",
        "(*UTF)a» (*VERB)",
        "(?|(a)|(b))» branch reset",
        "(?&name)» subroutine",
        "a\\X» \\X",
        "(?C1)» callout",
        "(?<=a+)b» lookbehind assertion is not fixed length",
        "\\p{Nonsense}» unknown or unsupported property",
        "(?<n>a)(?<n>b)» same name",
      })
  void refusesWhatJavaCannotRun(String pattern, String reason) {
    assertThatThrownBy(() -> Patterns.pcre2(pattern))
        .isInstanceOf(PatternException.class)
        .hasMessageContaining(reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '»',
      value = {
        "*a» quantifier does not follow a repeatable item",
        "a{2}{3}» quantifier does not follow a repeatable item",
        "a**» quantifier does not follow a repeatable item",
        "^*» quantifier does not follow a repeatable item",
        "a{3,1}» numbers out of order",
        "a{70000}» number too big",
        "(a» missing closing parenthesis",
        "a)» unmatched closing parenthesis",
        "[a» missing terminating ]",
        "[z-a]» range out of order",
        "[\\d-z]» invalid range",
        "[:alpha:]» only within a class",
        "[[:foo:]]» unknown POSIX class name",
        "\\x{100}» too large",
        "\\777» too large",
        "\\» \\ at end of pattern",
        "\\j» unrecognized character follows \\",
        "\\u0041» does not support",
      })
  void refusesWhatPcre2Refuses(String pattern, String reason) {
    assertThatThrownBy(() -> Patterns.pcre2(pattern))
        .isInstanceOf(PatternException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void nestingIsLimitedAsInPcre2() throws PatternException {
    assertThat(Patterns.pcre2("(".repeat(250) + "a" + ")".repeat(250)).test("a")).isTrue();
    assertThatThrownBy(() -> Patterns.pcre2("(".repeat(251) + "a" + ")".repeat(251)))
        .isInstanceOf(PatternException.class)
        .hasMessageContaining("too deeply nested");
  }

  @Test
  void reproducesPcre2sAutoPossessificationQuirk() throws PatternException {
    // PCRE2 10.42 wrongly treats \S and \h as disjoint: 0xA0 is both, so \S* swallows it.
    assertThat(Patterns.pcre2("\\S*\\h").test("x\u00a0")).isFalse();
    assertThat(Patterns.pcre2("\\S*\\h").test("x ")).isTrue();
    assertThat(Patterns.pcre2("[^\\s]*\\h").test("x\u00a0")).isTrue();
    assertThat(Patterns.pcre2("\\S*\\h*x").test("\u00a0x")).isTrue();
  }

  @Test
  void negativeAssertionsNeverReportCaptures() throws PatternException {
    Captures c = new Captures();
    assertThat(Patterns.pcre2("(?!(a))\\w").find("ab", 0, c)).isEqualTo(2);
    assertThat(c.size()).isZero();
  }

  @Test
  void theLiteralPathAppliesToPcre2Too() throws PatternException {
    OsPattern p = Patterns.pcre2("^Accepted publickey for ");
    assertThat(p.engine()).isEqualTo(OsPattern.Engine.LITERAL);
    assertThat(p.test("accepted PUBLICKEY for root")).isTrue();
    // Through the literal path lit$ is a plain suffix test: no match before a final newline.
    assertThat(Patterns.pcre2("done$").test("done\n")).isFalse();
    assertThat(Patterns.pcre2("(done)$").test("done\n")).isTrue();
  }
}
