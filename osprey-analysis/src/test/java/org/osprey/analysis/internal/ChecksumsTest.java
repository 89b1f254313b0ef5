package org.osprey.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumsTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "1:2:3:4:aa:bb:cc | 1:2:3:4:aa:bb:cc | false",
    "1:2:3:4:aa:bb:cc | 9:2:3:4:aa:bb:cc | true",
    "1:2:3:4:aa:bb:cc | 1:2:3:5:aa:bb:cc | true",
    "1:2:3:4:aa:bb:cc | 1:2:3:4:a2:bb:cc | true",
    "1:2:3:4:aa:bb:cc | 1:2:3:4:aa:bb:c2 | true",
    "1:2:3:4:aa:bb:cc | 1:2:3:4:aa:bb | false",
    "1:2:3:4:aa:bb | 1:2:3:4:aa:bb:cc | false",
    "1:2:3:4:xxx:bb:cc | 1:2:3:4:aa:bb:cc | false",
    "1:2:3:4:aa:bb:cc | 1:2:3:4:aa:xxx:xxx | false",
    "1:2:3:4::bb:cc | 1:2:3:4:aa:bb:cc | false",
    "1:2:3:4:aa:bb:cc | -1 | true",
    "-1 | 1:2:3:4:aa:bb:cc | true",
    "0:0:0:0:aa | 0:0:0:0:bb | true"
  })
  void realChange(String oldSum, String newSum, boolean expected) {
    assertThat(Checksums.realChange(oldSum, newSum)).isEqualTo(expected);
  }

  @Test
  void placeholders() {
    assertThat(Checksums.placeholder("xxx")).isTrue();
    assertThat(Checksums.placeholder("xxx:yy")).isTrue();
    assertThat(Checksums.placeholder("")).isTrue();
    assertThat(Checksums.placeholder("xxxx")).isFalse();
    assertThat(Checksums.placeholder("XXX")).isFalse();
  }

  @Test
  void pairsSplitOnlyWhileBothSidesHaveAField() {
    assertThat(Checksums.splitPair("1:2:3:4:5:6:7", "1:2:3:4:5:6")).containsExactly(
        List.of("1", "2", "3", "4", "5", "6:7"), List.of("1", "2", "3", "4", "5", "6"));
    assertThat(Checksums.splitPair("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8")).containsExactly(
        List.of("1", "2", "3", "4", "5", "6", "7:8"), List.of("1", "2", "3", "4", "5", "6", "7:8"));
    assertThat(Checksums.splitPair("-1", "1:2")).containsExactly(List.of("-1"), List.of("1:2"));
  }

  @Test
  void newFileTokensSkipEmptyFieldsAsStrtok() {
    assertThat(Checksums.tokens("1::2:3:4:md5:sha1")).containsExactly("1", "2", "3", "4", "md5",
        "sha1");
  }
}
