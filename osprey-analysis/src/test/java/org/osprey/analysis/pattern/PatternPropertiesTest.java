package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.osprey.analysis.pattern.OsPattern.Dialect;
import org.osprey.analysis.pattern.OsPattern.Engine;

/**
 * The compiler's contract (STYLE #8): any pattern string gives a pattern or a PatternException,
 * never another exception; a compiled pattern never throws while matching. And RE2/J, where it can
 * run a pattern, answers exactly as the JDK.
 */
class PatternPropertiesTest {

  @Property(tries = 3000)
  void anyPatternCompilesOrIsRefusedAndMatchingNeverThrows(
      @ForAll("dialects") Dialect dialect,
      @ForAll("patternText") String pattern,
      @ForAll("subjects") String subject,
      @ForAll @IntRange(min = 0, max = 40) int from) {
    OsPattern p;
    try {
      p = Patterns.compile(dialect, pattern);
    } catch (PatternException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    Captures c = new Captures();
    int start = Math.min(from, subject.length());
    int end = p.find(subject, start, c);
    assertThat(end).isBetween(-1, subject.length());
    if (end < 0) {
      assertThat(c.size()).isZero();
    } else {
      assertThat(end).isGreaterThanOrEqualTo(start);
    }
    assertThat(p.test(subject)).isEqualTo(p.find(subject, 0, null) >= 0);
  }

  /**
   * RE2/J gives the JDK's answers. The JDK side runs under its work budget: a random pattern can
   * backtrack for hours on the plain JDK (that is why risky patterns go to RE2/J), so a search the
   * budget cuts short proves nothing and is skipped.
   */
  @Property(tries = 1500)
  void re2jAnswersAsTheJdkDoes(@ForAll("re2jPatterns") String pattern, @ForAll("subjects") String subject)
      throws PatternException {
    OsPattern re2j;
    try {
      re2j = Patterns.compile(Dialect.PCRE2, pattern, Engine.RE2J);
    } catch (PatternException e) {
      assertThat(e.getMessage()).startsWith("RE2/J cannot");
      return;
    }
    OsPattern bounded = Patterns.compile(Dialect.PCRE2, pattern, Engine.JDK_BOUNDED);
    Outcome jdk = Outcome.of(bounded, subject, 0);
    Assume.that(bounded.abortedSearches() == 0);
    assertThat(Outcome.of(re2j, subject, 0)).isEqualTo(jdk);
  }

  @Property(tries = 500)
  void osRegexOnRe2jAnswersAsTheJdkDoes(
      @ForAll("osRegexPatterns") String pattern, @ForAll("subjects") String subject) {
    OsPattern bounded;
    OsPattern re2j;
    try {
      bounded = Patterns.compile(Dialect.OS_REGEX, pattern, Engine.JDK_BOUNDED);
      re2j = Patterns.compile(Dialect.OS_REGEX, pattern, Engine.RE2J);
    } catch (PatternException e) {
      return;
    }
    Outcome jdk = Outcome.of(bounded, subject, 0);
    Assume.that(bounded.abortedSearches() == 0);
    assertThat(Outcome.of(re2j, subject, 0)).isEqualTo(jdk);
  }

  @Provide
  Arbitrary<Dialect> dialects() {
    return Arbitraries.of(Dialect.class);
  }

  /** Pattern-ish text: metacharacters, escapes and a few letters, in any order. */
  @Provide
  Arbitrary<String> patternText() {
    return Arbitraries.strings()
        .withChars("\\()[]{}|^$.*+?-:=!<>#&,PpQEkgxdsSwWhvRNbBzZAG0123aAbé \t\n'")
        .ofMaxLength(24);
  }

  /** Latin-1 subjects mixing ASCII, UTF-8 sequences and stray high bytes. */
  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abAB xy01.-_@:|()[]\t\n").ofMaxLength(30),
        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(30),
        Arbitraries.strings()
            .withChars("ab ")
            .ofMaxLength(20)
            .map(s -> s.replace("b", OsRegexTest.latin1("é"))));
  }

  /** Syntactically valid PCRE2 made of constructs RE2/J can usually run. */
  @Provide
  Arbitrary<String> re2jPatterns() {
    return Arbitraries.randomValue(r -> regex(r, 3));
  }

  @Provide
  Arbitrary<String> osRegexPatterns() {
    String[] tokens = {"a", "b", " ", "\\w", "\\d", "\\s", "\\S", "\\W", "\\.", "\\p", ".", "(", ")", "|", "^", "$", "+", "*", "@", "-", "\\(", "\\$"};
    return Arbitraries.of(tokens).list().ofMaxSize(8).map(l -> String.join("", l));
  }

  private static final String[] ATOMS = {
    "a", "b", "x", " ", ".", "\\d", "\\w", "\\s", "\\S", "\\W", "[ab]", "[^a]", "[a-c]", "\\.", "\\b",
    "^", "$", "\\z", "\\Z", "[[:alpha:]]", "(?i:a)", "(?-i)a", "\u00e9", "[\\x80-\\xff]", "\\h", "\\N"
  };

  private static final String[] QUANTIFIERS = {"", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{2,}?"};

  private static String regex(Random r, int depth) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      String atom;
      if (depth > 0 && r.nextInt(5) == 0) {
        String open = r.nextBoolean() ? "(" : "(?:";
        atom = open + regex(r, depth - 1) + (r.nextInt(3) == 0 ? "|" + regex(r, depth - 1) : "") + ")";
      } else {
        atom = ATOMS[r.nextInt(ATOMS.length)];
      }
      boolean anchor = atom.equals("^") || atom.equals("$") || atom.startsWith("\\b") || atom.startsWith("\\z")
          || atom.equals("\\Z");
      sb.append(atom).append(anchor ? "" : QUANTIFIERS[r.nextInt(QUANTIFIERS.length)]);
    }
    if (depth > 0 && r.nextInt(8) == 0) {
      sb.append('|').append(regex(r, depth - 1));
    }
    return sb.toString();
  }
}
