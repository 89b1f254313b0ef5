package org.osprey.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class AsciiTest {
  @Property(tries = 2000)
  void agreeWithTheRegexesTheyReplace(
      @ForAll @StringLength(max = 6) @CharRange(from = ' ', to = '~') @CharRange(from = 0, to = 31)
          @CharRange(from = 0x80, to = 0x17f) String s) {
    assertThat(Ascii.digits(s)).isEqualTo(s.matches("[0-9]+"));
    assertThat(Ascii.hex(s)).isEqualTo(s.matches("[0-9a-fA-F]+"));
    assertThat(Ascii.name(s, "_-")).isEqualTo(s.matches("[A-Za-z0-9_-]+"));
    assertThat(Ascii.name(s, "_./-")).isEqualTo(s.matches("[A-Za-z0-9_./-]+"));
    assertThat(Ascii.hasSpaceOrControl(s)).isEqualTo(s.chars().anyMatch(c -> c <= ' '));
  }
}
