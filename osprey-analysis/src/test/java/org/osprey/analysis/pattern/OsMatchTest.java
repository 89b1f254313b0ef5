package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.osprey.analysis.pattern.OsPattern.Engine;

/** OS_Match (spec §3.3) and OS_WordMatch (§3.4). */
class OsMatchTest {

  @Test
  void theEmptyPatternMatchesEverything() throws PatternException {
    OsPattern p = Patterns.osMatch("");
    assertThat(p.engine()).isEqualTo(Engine.LITERAL);
    assertThat(p.test("")).isTrue();
    assertThat(p.find("anything", 3, null)).isEqualTo(3);
  }

  @Test
  void verifiedAlternationAndAnchors() throws PatternException {
    OsPattern p = Patterns.osMatch("^MT1 foo|zzz$");
    assertThat(p.test("MT1 fooo")).isTrue();
    assertThat(p.test("hello zzz")).isTrue();
    assertThat(p.test("x MT1 foo")).isFalse();
    assertThat(p.test("zzz hello")).isFalse();
  }

  @Test
  void verifiedMetacharactersAreLiterals() throws PatternException {
    OsPattern p = Patterns.osMatch("MT2 a.b*c");
    assertThat(p.test("xxx mt2 A.B*C yyy")).isTrue();
    assertThat(p.test("xxx mt2 AxBBC yyy")).isFalse();
    assertThat(Patterns.osMatch("(x)[y]{z}+?\\").test("a(X)[Y]{Z}+?\\b")).isTrue();
  }

  @Test
  void escapesEveryPcre2MetacharacterButCaretDollarAndBar() throws PatternException {
    assertThat(Patterns.osMatchToPcre2(".[]{}+?*()\\^$|x"))
        .isEqualTo("\\.\\[\\]\\{\\}\\+\\?\\*\\(\\)\\\\^$|x");
  }

  @Test
  void dollarAlsoMatchesBeforeAFinalNewline() throws PatternException {
    // Compiled (alternation), so PCRE2's $ applies, unlike OS_Regex's.
    OsPattern p = Patterns.osMatch("zzz$|qqq$");
    assertThat(p.engine()).isEqualTo(Engine.JDK);
    assertThat(p.test("hello zzz\n")).isTrue();
    assertThat(p.test("hello zzz\n\n")).isFalse();
  }

  @Test
  void anchoredLiteralsUseTheFastPathWithAnyBodyCharacter() throws PatternException {
    OsPattern p = Patterns.osMatch("^a.b(c*");
    assertThat(p.engine()).isEqualTo(Engine.LITERAL);
    assertThat(p.find("A.B(C*d", 0, null)).isEqualTo(6);
    assertThat(p.test("axb(c")).isFalse();
    assertThat(Patterns.osMatch("sshd$").find("xSSHD", 0, null)).isEqualTo(5);
    assertThat(Patterns.osMatch("^sshd$").test("sshd ")).isFalse();
    assertThat(Patterns.osMatch("sshd").engine()).isEqualTo(Engine.JDK);
  }

  @Test
  void longPatternsAreRefused() {
    assertThatThrownBy(() -> Patterns.osMatch("x".repeat(2049)))
        .isInstanceOf(PatternException.class)
        .hasMessageContaining("2048");
  }

  @Test
  void wordMatchIsACaseInsensitiveSubstringTest() {
    assertThat(Patterns.wordMatch("authentication_failed", "pam,syslog,AUTHENTICATION_FAILED,"))
        .isTrue();
    assertThat(Patterns.wordMatch("invalid_login|authentication_failed", "syslog,invalid_login"))
        .isTrue();
    assertThat(Patterns.wordMatch("web|apache", "syslog,sshd")).isFalse();
  }

  @Test
  void wordMatchCaretIsAPrefixTest() {
    assertThat(Patterns.wordMatch("^sys", "syslog,sshd")).isTrue();
    assertThat(Patterns.wordMatch("^sshd", "syslog,sshd")).isFalse();
  }

  @Test
  void wordMatchEmptyAlternativeMatchesEverythingAndEmptyPatternNothing() {
    assertThat(Patterns.wordMatch("", "anything")).isFalse();
    assertThat(Patterns.wordMatch("nope|", "anything")).isTrue();
    assertThat(Patterns.wordMatch("a.c", "abc")).isFalse();
    assertThat(Patterns.wordMatch("a.c", "xa.cx")).isTrue();
  }
}
