package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The set arithmetic, case folding and UTF-8 handling the engines rely on. */
class CharacterSetsTest {

  @Test
  void rangesMergeAndComplement() {
    CodePointSet s = CodePointSet.ofAll('c', 'a', 'b', 'x');
    assertThat(s.rangeCount()).isEqualTo(2);
    assertThat(s.size()).isEqualTo(4);
    assertThat(s.contains('b')).isTrue();
    assertThat(s.contains('d')).isFalse();
    CodePointSet c = s.complement();
    assertThat(c.contains('d')).isTrue();
    assertThat(c.contains('a')).isFalse();
    assertThat(c.complement()).isEqualTo(s);
    assertThat(s.intersect(CodePointSet.range('b', 'y'))).isEqualTo(CodePointSet.ofAll('b', 'c', 'x'));
    assertThat(s.intersects(CodePointSet.of('y'))).isFalse();
  }

  @Property(tries = 300)
  void unionAndIntersectionAgreeWithMembership(
      @ForAll @IntRange(min = 0, max = 300) int a,
      @ForAll @IntRange(min = 0, max = 300) int b,
      @ForAll @IntRange(min = 0, max = 300) int c,
      @ForAll @IntRange(min = 0, max = 300) int d,
      @ForAll @IntRange(min = 0, max = 320) int probe) {
    CodePointSet x = CodePointSet.range(Math.min(a, b), Math.max(a, b));
    CodePointSet y = CodePointSet.range(Math.min(c, d), Math.max(c, d));
    assertThat(x.union(y).contains(probe)).isEqualTo(x.contains(probe) || y.contains(probe));
    assertThat(x.intersect(y).contains(probe)).isEqualTo(x.contains(probe) && y.contains(probe));
    assertThat(x.intersects(y)).isEqualTo(!x.intersect(y).isEmpty());
  }

  @Test
  void asciiFoldingTouchesAsciiLettersOnly() {
    assertThat(CaseFold.ASCII.fold(CodePointSet.of('k'))).isEqualTo(CodePointSet.ofAll('k', 'K'));
    assertThat(CaseFold.ASCII.fold(CodePointSet.of(0xE9))).isEqualTo(CodePointSet.of(0xE9));
  }

  @Test
  void unicodeFoldingFollowsPcre2sCaseSets() {
    assertThat(CaseFold.UNICODE.fold(CodePointSet.of('k')))
        .isEqualTo(CodePointSet.ofAll('k', 'K', 0x212A));
    assertThat(CaseFold.UNICODE.fold(CodePointSet.of('s')))
        .isEqualTo(CodePointSet.ofAll('s', 'S', 0x17F));
    assertThat(CaseFold.UNICODE.fold(CodePointSet.of(0xE9))).isEqualTo(CodePointSet.ofAll(0xC9, 0xE9));
    assertThat(CaseFold.UNICODE.fold(CodePointSet.of(0xDF))).isEqualTo(CodePointSet.ofAll(0xDF, 0x1E9E));
    // The Turkic dotless/dotted i are not folded by PCRE2.
    assertThat(CaseFold.UNICODE.fold(CodePointSet.of('i'))).isEqualTo(CodePointSet.ofAll('i', 'I'));
    assertThat(CaseFold.UNICODE.fold(CodePointSet.of(0x131))).isEqualTo(CodePointSet.of(0x131));
  }

  @Test
  void utf8DecodingIsStrict() {
    assertThat(Utf8.decode(Utf8.toLatin1("h\u00e9\u20ac\uD83D\uDE00"), 0)).isEqualTo("h\u00e9\u20ac\uD83D\uDE00");
    assertThat(Utf8.decode("\u00e9", 0)).isNull();
    assertThat(Utf8.decode("\u00c0\u00af", 0)).as("overlong").isNull();
    assertThat(Utf8.decode("\u00ed\u00a0\u0080", 0)).as("surrogate").isNull();
    assertThat(Utf8.decode("\u00f4\u0090\u0080\u0080", 0)).as("above U+10FFFF").isNull();
    assertThat(Utf8.decode("ab\u00c3", 0)).as("truncated").isNull();
    assertThat(Utf8.encodedLength("h\u00e9\u20ac\uD83D\uDE00", 5)).isEqualTo(10);
  }
}
