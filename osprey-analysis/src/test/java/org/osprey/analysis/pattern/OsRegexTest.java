package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osprey.analysis.pattern.OsPattern.Engine;

/** OS_Regex as OSSEC 4.3.0 runs it (spec §3.2). */
class OsRegexTest {

  /** The verified conversions of §3.2.2 (harness on the real library). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '»',
      value = {
        "^\\S+ (\\w+)$ » ^[^ ]+? ([A-Za-z0-9@_-]+?)(?!\\n)$",
        "(\\w+)(\\w+) » ([A-Za-z0-9@_-]+?)([A-Za-z0-9@_-]+)",
        "(\\w+)|(\\d+) » ([A-Za-z0-9@_-]+)|([0-9]+)",
        "\\d+\\s\\d* » [0-9]+?[ ][0-9]*",
        "a+b*c? » a\\+b\\*c\\?",
        "^foo|^bar$ » ^foo|^bar(?!\\n)$",
      })
  void convertsAsOssecDoes(String ossec, String pcre2) throws PatternException {
    assertThat(Patterns.osRegexToPcre2(ossec)).isEqualTo(pcre2);
  }

  @Test
  void convertsTheRemainingTableEntries() throws PatternException {
    assertThat(Patterns.osRegexToPcre2("\\p")).isEqualTo("[()*+,.:;\\<=>?\\[\\]!\"'#%&$|{}-]");
    assertThat(Patterns.osRegexToPcre2("\\W\\D\\.")).isEqualTo("[^A-Za-z0-9@_-][^0-9](?s:.)");
    assertThat(Patterns.osRegexToPcre2("a.b[c]{d}")).isEqualTo("a\\.b\\[c\\]\\{d\\}");
    assertThat(Patterns.osRegexToPcre2("\\t\\$\\(\\)\\{\\}\\[\\]\\\\\\|\\<"))
        .isEqualTo("\\t\\$\\(\\)\\{\\}\\[\\]\\\\\\|\\<");
    // * and + after any escape (two chars back is a backslash) become lazy quantifiers.
    assertThat(Patterns.osRegexToPcre2("\\t+x")).isEqualTo("\\t+?x");
    assertThat(Patterns.osRegexToPcre2("\\.*x")).isEqualTo("(?s:.)*?x");
    // A quantifier before the converted $ stays lazy.
    assertThat(Patterns.osRegexToPcre2("\\w+$")).isEqualTo("[A-Za-z0-9@_-]+?(?!\\n)$");
    assertThat(Patterns.osRegexToPcre2("(\\w+))|x")).isEqualTo("([A-Za-z0-9@_-]+))|x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\n", "a\\-b", "\\/", "\\:", "\\>", "x\\y"})
  void rejectsEscapesOssecRejects(String pattern) {
    assertThatThrownBy(() -> Patterns.osRegex(pattern))
        .isInstanceOf(PatternException.class)
        .hasMessageContaining("invalid escape \\" + pattern.charAt(pattern.indexOf('\\') + 1));
  }

  @Test
  void aLoneTrailingBackslashFailsToCompile() {
    assertThatThrownBy(() -> Patterns.osRegex("abc\\"))
        .isInstanceOf(PatternException.class)
        .hasMessageContaining("\\ at end of pattern");
  }

  @Test
  void patternsLongerThan2048BytesAreRefused() throws PatternException {
    assertThat(Patterns.osRegex("a".repeat(2048)).test("a".repeat(2048))).isTrue();
    assertThatThrownBy(() -> Patterns.osRegex("a".repeat(2049)))
        .isInstanceOf(PatternException.class)
        .hasMessageContaining("2048");
  }

  /** The [verified] behaviours of §3.2.2 and §3.2.3. */
  @Test
  void lazyQuantifiersExceptTheLastOne() throws PatternException {
    assertThat(captures("^(\\w+)(\\w+)", "abcdef")).containsExactly("a", "bcdef");
    assertThat(captures("(\\.+) (\\.*)", "a b  c")).containsExactly("a", "b  c");
  }

  @Test
  void wordCharactersIncludeAtAndDash() throws PatternException {
    assertThat(Patterns.osRegex("^\\w+$").test("a@b-c_d")).isTrue();
    assertThat(Patterns.osRegex("\\w").test("%")).isFalse();
    assertThat(Patterns.osRegex("\\s").test("\t")).isFalse();
    assertThat(Patterns.osRegex("x\\py").test("x/y")).isFalse();
    assertThat(Patterns.osRegex("x\\py").test("x|y")).isTrue();
  }

  @Test
  void dotAndQuantifierCharactersAreLiterals() throws PatternException {
    assertThat(Patterns.osRegex("a.b").test("axb")).isFalse();
    assertThat(Patterns.osRegex("a.b").test("a.b")).isTrue();
    assertThat(Patterns.osRegex("a+b").test("a+b")).isTrue();
    assertThat(Patterns.osRegex("a+b").test("aab")).isFalse();
  }

  @Test
  void alternationAndCaretWorkAtAnyNestingLevel() throws PatternException {
    assertThat(Patterns.osRegex("^(foo|bar)x").test("barx")).isTrue();
    assertThat(Patterns.osRegex("^(foo|bar)x").test("xbarx")).isFalse();
  }

  @Test
  void capturesAreCompacted() throws PatternException {
    assertThat(captures("(a)|(b)", "b")).containsExactly("b");
    assertThat(captures("x(\\d*)y", "xy")).containsExactly("");
  }

  @Test
  void dollarIsTheTrueEndOfTheSubject() throws PatternException {
    OsPattern p = Patterns.osRegex("(\\w+)$");
    assertThat(p.test("abc\n")).isFalse();
    assertThat(p.test("abc")).isTrue();
  }

  @Test
  void matchingIsCaseInsensitive() throws PatternException {
    assertThat(Patterns.osRegex("failed (\\w+)").test("FAILED password")).isTrue();
  }

  @Test
  void anchoredLiteralsTakeTheOptimisedPath() throws PatternException {
    OsPattern prefix = Patterns.osRegex("^Accepted password");
    assertThat(prefix.engine()).isEqualTo(Engine.LITERAL);
    assertThat(prefix.find("accepted PASSWORD for root", 0, null)).isEqualTo(17);
    OsPattern suffix = Patterns.osRegex("for root$");
    assertThat(suffix.engine()).isEqualTo(Engine.LITERAL);
    assertThat(suffix.find("accepted password FOR ROOT", 0, null)).isEqualTo(26);
    OsPattern equal = Patterns.osRegex("^exact$");
    assertThat(equal.find("EXACT", 0, null)).isEqualTo(5);
    assertThat(equal.test("exactly")).isFalse();
    // Without an anchor, or with a character outside the literal set, the pattern is compiled.
    assertThat(Patterns.osRegex("Accepted").engine()).isEqualTo(Engine.JDK);
    assertThat(Patterns.osRegex("^a.b").engine()).isEqualTo(Engine.JDK);
  }

  @Test
  void theLiteralPathHasNoCaptures() throws PatternException {
    Captures c = new Captures();
    c.add("stale");
    assertThat(Patterns.osRegex("^abc").find("abcd", 0, c)).isEqualTo(3);
    assertThat(c.size()).isZero();
  }

  @Test
  void searchingFromAnOffsetTreatsTheRestAsTheSubject() throws PatternException {
    OsPattern p = Patterns.osRegex("^(\\d+) ");
    Captures c = new Captures();
    assertThat(p.find("id: 42 rest", 4, c)).isEqualTo(7);
    assertThat(c.get(0)).isEqualTo("42");
    assertThat(p.find("id: 42 rest", 3, c)).isEqualTo(-1);
  }

  /** §3.2.6: the PCRE2 path runs in UTF mode; invalid UTF-8 never matches. */
  @Test
  void nonAsciiSubjectsAreMatchedAsUtf8() throws PatternException {
    String eAcute = latin1("é");
    // (?s:.) takes the whole two-byte character, and the end offset counts bytes.
    Captures c = new Captures();
    assertThat(Patterns.osRegex("x(\\.)y").find("x" + eAcute + "y", 0, c)).isEqualTo(4);
    assertThat(c.get(0)).isEqualTo(eAcute);
    // Caseless matching folds non-ASCII letters.
    assertThat(Patterns.osRegex(latin1("café") + "\\s").test(latin1("CAFÉ "))).isTrue();
    // Invalid UTF-8 (a lone 0xE9 byte) never matches on the PCRE2 path ...
    assertThat(Patterns.osRegex("caf\\S").test("caf\u00e9")).isFalse();
    // ... while the literal path compares bytes.
    assertThat(Patterns.osRegex("^caf").test("caf\u00e9")).isTrue();
  }

  @Test
  void theLiteralPathFoldsAsciiOnly() throws PatternException {
    OsPattern p = Patterns.osMatch("^" + latin1("é"));
    assertThat(p.engine()).isEqualTo(Engine.LITERAL);
    assertThat(p.test(latin1("É"))).isFalse();
    assertThat(Patterns.osMatch(latin1("é")).test(latin1("xÉ"))).isTrue();
  }

  static String latin1(String text) {
    return Utf8.toLatin1(text);
  }

  private static List<String> captures(String pattern, String subject) throws PatternException {
    Captures c = new Captures();
    assertThat(Patterns.osRegex(pattern).find(subject, 0, c)).isNotNegative();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      out.add(c.get(i));
    }
    return out;
  }
}
