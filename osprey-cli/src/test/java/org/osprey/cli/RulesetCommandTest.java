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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.ruleset.RulesetHome;

/** {@code osprey ruleset check [-c CONF] [-D HOME]}. */
class RulesetCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return new RulesetCommand().run(List.of(args), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theShippedRulesetChecksClean() throws Exception {
    RulesetHome home = RulesetHome.create(dir.resolve("home"), getClass().getClassLoader());
    assertThat(run("check", "-D", home.home().toString())).isZero();
    assertThat(out()).contains("ruleset clean: ").contains(" rules from ");
  }

  @Test
  void problemsAreListedWithFileAndLineAndExitOne() throws Exception {
    RulesetHome home = RulesetHome.create(dir.resolve("home"), getClass().getClassLoader());
    Path local = home.home().resolve("rules/local_rules.xml");
    Files.writeString(local, """
        <group name="local,">
          <rule id="5716" level="12">
            <if_sid>5700</if_sid>
            <description>same id as an Osprey rule</description>
          </rule>
        </group>
        """);
    assertThat(run("check", "-c", home.config().toString(), "-D", home.home().toString()))
        .isEqualTo(1);
    assertThat(out()).contains(local + ":2: duplicate rule id 5716").endsWith("1 problem found\n");
  }

  @Test
  void registeredInMain() throws IOException {
    assertThat(Main.commands()).containsKey("ruleset");
    int code = Main.run(new String[] {"ruleset"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(RulesetCommand.USAGE);
  }

  @Test
  void wrongArgumentsAreUsageErrors() {
    assertThatThrownBy(() -> run("lint")).isInstanceOf(UsageException.class)
        .hasMessageContaining("'lint'");
    assertThatThrownBy(() -> run("check", "-x")).isInstanceOf(UsageException.class)
        .hasMessageContaining("'-x'");
    assertThatThrownBy(() -> run("check", "-c")).isInstanceOf(UsageException.class)
        .hasMessageContaining("'-c'");
  }
}
