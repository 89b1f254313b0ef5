package org.osprey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredListsTest {
  @TempDir Path dir;

  @Test
  void readsListsOfEveryRulesSectionInOrderAsWrittenAndCaseSensitively() throws Exception {
    Path conf = dir.resolve("ossec.conf");
    Files.writeString(conf, """
        <ossec_config>
          <rules>
            <list>first</list>
            <List>ignored, OSSEC compares element names with strcmp</List>
            <list> spaced </list>
          </rules>
          <RULES><list>ignored too</list></RULES>
        </ossec_config>
        <agent_config><rules><list>not a manager list</list></rules></agent_config>
        <ossec_config><rules><list>lists/second.cdb</list></rules></ossec_config>
        """);
    assertThat(ConfiguredLists.read(conf)).containsExactly(
        new ConfiguredLists.Declared("first", conf + ":3"),
        new ConfiguredLists.Declared(" spaced ", conf + ":5"),
        new ConfiguredLists.Declared("lists/second.cdb", conf + ":10"));
  }
}
