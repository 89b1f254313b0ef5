package org.osprey.ruleset.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NestedQuantifiersTest {
  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      "(a+)+~(a+)+",
      "^(\\S+ )*end$~(\\S+ )*",
      "x(?:\\d+,)+y~(?:\\d+,)+",
      "((ab)*c)+~((ab)*c)+",
      "(a{2,})*~(a{2,})*",
      "(a*)+?~(a*)+",
      "((?:x|y+)z){3,}~((?:x|y+)z){3,}"})
  void findsARepeatedGroupHoldingARepetition(String regex, String group) {
    assertThat(NestedQuantifiers.find(regex)).isEqualTo(group);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "^Failed \\S+ for (\\S+) from (\\S+) port (\\d+)",
      "(?:\\d+ )?end",
      "(ab)+",
      "(a+)?b",
      "(a+){2}",
      "[(a+)]+",
      "\\(a+\\)+",
      "(?:TSID=\\S+ ; )?COMMAND=",
      "(a+)(b+)c*"})
  void acceptsPatternsWithoutNestedRepetition(String regex) {
    assertThat(NestedQuantifiers.find(regex)).isNull();
  }
}
