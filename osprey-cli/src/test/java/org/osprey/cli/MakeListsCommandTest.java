package org.osprey.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.analysis.cdb.CdbReader;

/** {@code osprey makelists} on a temporary install. */
class MakeListsCommandTest {
  private static final FileTime EARLY = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));

  @TempDir Path home;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void install() throws IOException {
    Files.createDirectories(home.resolve("etc/lists"));
    Files.createDirectories(home.resolve("rules"));
    Files.writeString(home.resolve("rules/users"), "root:admin\nno colon\n");
    Files.writeString(home.resolve("etc/lists/blocked"), "10.0.0.:internal ### comment\n");
  }

  private void config(String rules) throws IOException {
    Files.writeString(home.resolve("etc/ossec.conf"), """
        <ossec_config>
          <global><logall>no</logall></global>
        </ossec_config>
        <ossec_config>
          <rules>
            <include>local_rules.xml</include>
        %s  </rules>
        </ossec_config>
        """.formatted(rules));
  }

  private int run(String... args) throws Exception {
    out.reset();
    err.reset();
    return new MakeListsCommand().run(List.of(args), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<String> outLines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private List<String> errLines() {
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void compilesEveryDeclaredListAndSaysSoOncePerList() throws Exception {
    config("    <list>users</list>\n    <list>etc/lists/blocked.cdb</list>\n");
    assertThat(run("-D", home.toString())).isZero();
    assertThat(outLines()).containsExactly(
        " * File rules/users.cdb needs to be updated",
        " * File etc/lists/blocked.cdb needs to be updated");
    assertThat(errLines()).containsExactly("osprey makelists: warning: rules/users:2: no ':' in the line, skipped");
    assertThat(CdbReader.open(home.resolve("rules/users.cdb")).get("root")).isEqualTo("admin");
    assertThat(CdbReader.open(home.resolve("etc/lists/blocked.cdb")).get("10.0.0.")).isEqualTo("internal");
  }

  @Test
  void upToDateListsAreLeftAloneUnlessForced() throws Exception {
    config("    <list>users</list>\n");
    assertThat(run("-D", home.toString())).isZero();
    Files.setLastModifiedTime(home.resolve("rules/users"), EARLY);
    assertThat(run("-D", home.toString())).isZero();
    assertThat(outLines()).containsExactly(" * File rules/users.cdb does not need to be compiled");
    assertThat(run("-D", home.toString(), "-F")).isZero();
    assertThat(outLines()).containsExactly(" * File rules/users.cdb needs to be updated");
  }

  @Test
  void anExplicitConfigFileIsUsed() throws Exception {
    Path conf = home.resolve("other.conf");
    Files.writeString(conf, "<ossec_config><rules><list>users</list></rules></ossec_config>\n");
    assertThat(run("-c", conf.toString(), "-D", home.toString())).isZero();
    assertThat(outLines()).containsExactly(" * File rules/users.cdb needs to be updated");
  }

  @Test
  void aMissingListIsAnErrorNamingTheConfigLineAndTheFile() throws Exception {
    config("    <list>users</list>\n    <list>ghost</list>\n");
    assertThat(run("-D", home.toString())).isEqualTo(1);
    assertThat(outLines()).containsExactly(" * File rules/users.cdb needs to be updated");
    assertThat(errLines()).contains("osprey makelists: error: " + home.resolve("etc/ossec.conf") + ":8: <list>ghost</list>:"
        + " rules/ghost: list not found (neither rules/ghost nor rules/ghost.cdb exists)");
  }

  @Test
  void aBrokenConfigIsAnErrorWithItsFileAndLine() throws Exception {
    Files.writeString(home.resolve("etc/ossec.conf"), "<ossec_config>\n  <rules>\n    <list>users</rules>\n");
    assertThat(run("-D", home.toString())).isEqualTo(1);
    assertThat(errLines()).singleElement().asString()
        .startsWith("osprey makelists: error: " + home.resolve("etc/ossec.conf") + ":3: ");
    assertThat(Files.exists(home.resolve("rules/users.cdb"))).isFalse();
  }

  @Test
  void anEmptyListElementIsAnErrorAtItsLine() throws Exception {
    config("    <list></list>\n");
    assertThat(run("-D", home.toString())).isEqualTo(1);
    assertThat(errLines()).containsExactly(
        "osprey makelists: error: " + home.resolve("etc/ossec.conf") + ":7: <list> has no file name");
  }

  @Test
  void aMissingConfigIsAnErrorNamingIt() throws Exception {
    assertThat(run("-D", home.toString())).isEqualTo(1);
    assertThat(errLines()).containsExactly(
        "osprey makelists: error: cannot read " + home.resolve("etc/ossec.conf") + ": no such file");
  }

  @Test
  void testModeReadsTheConfigAndCompilesNothing() throws Exception {
    config("    <list>users</list>\n");
    assertThat(run("-t", "-D", home.toString())).isZero();
    assertThat(outLines()).isEmpty();
    assertThat(Files.exists(home.resolve("rules/users.cdb"))).isFalse();
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThatThrownBy(() -> run("-x")).isInstanceOf(UsageException.class).hasMessageContaining("unknown option '-x'");
    assertThatThrownBy(() -> run("-D")).isInstanceOf(UsageException.class).hasMessageContaining("-D needs an argument");
  }

  @Test
  void isRegisteredAsMakelists() {
    assertThat(Main.commands()).containsKey("makelists");
    assertThat(Main.commands().get("makelists").get()).isInstanceOf(MakeListsCommand.class);
  }
}
