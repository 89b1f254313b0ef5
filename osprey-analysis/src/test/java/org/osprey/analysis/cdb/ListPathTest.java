package org.osprey.analysis.cdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ListPathTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      blocked               | rules/blocked            | rules/blocked.cdb
      blocked.cdb           | rules/blocked            | rules/blocked.cdb
      lists/blocked         | lists/blocked            | lists/blocked.cdb
      /etc/lists/x.cdb      | /etc/lists/x             | /etc/lists/x.cdb
      x.cdb.txt             | rules/x                  | rules/x.cdb
      dir.cdbs/list         | dir                      | dir.cdb
      x.CDB                 | rules/x.CDB              | rules/x.CDB.cdb
      """)
  void ossecDerivesTheTextAndCdbNames(String declared, String text, String cdb) {
    ListPath p = ListPath.of(declared);
    assertThat(p.text()).isEqualTo(text);
    assertThat(p.cdb()).isEqualTo(cdb);
    assertThat(p.declared()).isEqualTo(declared);
  }

  @Test
  void whitespaceIsPartOfTheName() {
    assertThat(ListPath.of(" blocked ").text()).isEqualTo("rules/ blocked ");
  }

  @Test
  void aRuleNamesAListByItsTextOrCdbNameOnly() {
    ListPath p = ListPath.of("blocked");
    assertThat(p.isNamed("rules/blocked")).isTrue();
    assertThat(p.isNamed("rules/blocked.cdb")).isTrue();
    assertThat(p.isNamed("blocked")).isFalse();
  }

  @Test
  void pathsStayInsideTheHomeAsInOssecsChroot() {
    Path home = Path.of("/var/ossec");
    assertThat(ListPath.of("blocked").cdbFile(home)).isEqualTo(Path.of("/var/ossec/rules/blocked.cdb"));
    assertThat(ListPath.of("/etc/lists/x").textFile(home)).isEqualTo(Path.of("/var/ossec/etc/lists/x"));
    assertThat(ListPath.of("../../../etc/passwd").textFile(home)).isEqualTo(Path.of("/var/ossec/etc/passwd"));
    assertThat(ListPath.of("./lists//a/../b").textFile(home)).isEqualTo(Path.of("/var/ossec/lists/b"));
  }
}
