package org.osprey.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermissionsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "33188, rw-r--r--",   // 0100644
    "33261, rwxr-xr-x",   // 0100755
    "35309, rwsr-xr-x",   // 0104755 setuid
    "34285, rwxr-sr-x",   // 0102755 setgid
    "17407, rwxrwxrwt",   // 041777 sticky directory
    "35236, rwsr--r--",   // 0104644 setuid without execute: OSSEC still writes 's'
    "16384, ---------",   // 040000
    "644, rw-r--r--",     // three characters are octal
    "755, rwxr-xr-x",
    "abc, ---------",
    "'', ---------",
  })
  void lsStyle(String perm, String expected) {
    assertThat(Permissions.lsStyle(perm)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "atoi({0}) = {1}")
  @CsvSource({
    "33188, 33188",
    "' 42x', 42",
    "-7, -7",
    "+9, 9",
    "abc, 0",
    "'', 0",
    "4294967297, 1",            // strtol's long cut to int
    "99999999999999999999, -1"  // LONG_MAX cut to int
  })
  void atoi(String s, int expected) {
    assertThat(Permissions.atoi(s)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "strtoul({0}, {1}) = {2}")
  @CsvSource({
    "33188, 10, 33188",
    "777, 8, 511",
    "78, 8, 7",
    "-1, 10, -1",
    "99999999999999999999, 10, -1"
  })
  void strtoul(String s, int base, long expected) {
    assertThat(Permissions.strtoul(s, base)).isEqualTo(expected);
  }
}
