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

/** {@code osprey config check -c FILE}. */
class ConfigCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return new ConfigCommand().run(List.of(args), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aValidFileExitsZero(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("ossec.conf");
    Files.writeString(conf, """
        <ossec_config>
          <localfile><log_format>syslog</log_format><location>/var/log/syslog</location></localfile>
        </ossec_config>
        """);
    assertThat(run("check", "-c", conf.toString())).isZero();
    assertThat(out()).startsWith(conf + ": valid (").contains("1 localfile");
  }

  @Test
  void anInvalidFilePrintsEveryProblemAndASummary(@TempDir Path dir) throws Exception {
    Path conf = writeBad(dir);
    assertThat(run("check", "-c", conf.toString())).isEqualTo(1);
    assertThat(out().lines().toList()).containsExactly(
        conf + ":3: invalid element in <global>: 'foo'",
        conf + ":4: invalid value for <email_maxperhour>: 'abc' (expected a number 1-9999)",
        conf + ": 2 problems found");
  }

  @Test
  void registeredInMainAndReachableFromTheCommandLine(@TempDir Path dir) throws IOException {
    assertThat(Main.commands()).containsKey("config");
    Path conf = writeBad(dir);
    int code = Main.run(new String[] {"config", "check", "-c", conf.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(out()).contains(conf + ":3: invalid element in <global>: 'foo'");
    int usage = Main.run(new String[] {"config"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(usage).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: osprey config check -c FILE");
  }

  @Test
  void wrongArgumentsAreUsageErrors() {
    assertThatThrownBy(() -> run()).isInstanceOf(UsageException.class).hasMessageContaining("missing sub-command");
    assertThatThrownBy(() -> run("lint")).isInstanceOf(UsageException.class).hasMessageContaining("'lint'");
    assertThatThrownBy(() -> run("check")).isInstanceOf(UsageException.class).hasMessageContaining("missing -c FILE");
    assertThatThrownBy(() -> run("check", "-c")).isInstanceOf(UsageException.class).hasMessageContaining("'-c'");
    assertThatThrownBy(() -> run("check", "-c", "a", "b")).isInstanceOf(UsageException.class)
        .hasMessageContaining("'b'");
  }

  @Test
  void aMissingFileIsReportedNotThrown(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("absent.conf");
    assertThat(run("check", "-c", conf.toString())).isEqualTo(1);
    assertThat(out()).contains(conf + ": cannot read the file").endsWith(conf + ": 1 problem found" + System.lineSeparator());
  }

  private static Path writeBad(Path dir) throws IOException {
    Path conf = dir.resolve("ossec.conf");
    Files.writeString(conf, """
        <ossec_config>
          <global>
            <foo>bar</foo>
            <email_maxperhour>abc</email_maxperhour>
          </global>
        </ossec_config>
        """);
    return conf;
  }
}
