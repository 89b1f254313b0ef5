package org.osprey.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import org.osprey.testing.NonRootUsers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.daemon.Wiring;
import org.osprey.install.InstallInfo;
import org.osprey.install.InstallType;
import org.osprey.install.LauncherScripts;
import org.osprey.install.SystemUsers;

class CommandsTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);

  private int run(Command c, String... args) throws Exception {
    return c.run(List.of(args), new ByteArrayInputStream(new byte[0]), out, err);
  }

  private String said() {
    String s = stdout.toString(StandardCharsets.UTF_8);
    stdout.reset();
    return s;
  }

  @Test
  void mainRegistersTheRuntimeCommands() {
    assertThat(Main.commands()).containsKeys("local", "install", "control");
  }

  @Test
  void theAgentToolsScriptsRunRegisteredCommands() {
    assertThat(LauncherScripts.OSSEC_TOOLS).containsEntry("manage_agents", "manage-agents")
        .containsEntry("agent_control", "agent-control");
    assertThat(Main.commands()).containsKeys("manage-agents", "agent-control");
    assertThat(LauncherScripts.ossecTool("agent_control")).contains("/osprey\" agent-control \"$@\"");
  }

  @Test
  void installLaysOutTheRequestedType() throws Exception {
    Path home = dir.resolve("agent");
    assertThat(run(new InstallCommand(new NonRootUsers()), "--type", "agent", "--home", home.toString())).isZero();
    assertThat(InstallInfo.read(home).orElseThrow().type()).isEqualTo(InstallType.AGENT);
    assertThat(said())
        .contains("Osprey agent install at " + home)
        .contains("owners: the current user")
        .contains(home.resolve("bin/ossec-control") + " start");

    Files.writeString(home.resolve("etc/ossec.conf"), "<ossec_config/>\n");
    assertThat(run(new InstallCommand(new NonRootUsers()), "--type=agent", "--home=" + home)).isZero();
    assertThat(said())
        .contains("kept as they were (yours): etc/ossec.conf, etc/internal_options.conf")
        .doesNotContain("logs/ossec.log");
    assertThat(home.resolve("etc/ossec.conf")).hasContent("<ossec_config/>");
  }

  /** A root host whose service users exist; creating them again is a mistake. */
  private static final SystemUsers ROOT_WITH_USERS = new SystemUsers() {
    @Override
    public boolean isRoot() {
      return true;
    }

    @Override
    public boolean userExists(String user) {
      return true;
    }

    @Override
    public boolean groupExists(String group) {
      return true;
    }

    @Override
    public List<String> createServiceUsers(Path home) {
      throw new AssertionError("--jvms one creates no users");
    }
  };

  @Test
  void installWithOneJvmMakesNoServiceUsersAndTheDaemonsShareAJvm() throws Exception {
    Path home = dir.resolve("small-agent");
    assertThat(run(new InstallCommand(ROOT_WITH_USERS), "--type", "agent", "--home", home.toString(),
        "--jvms", "one")).isZero();
    assertThat(said()).contains("owners: the current user (no service users); daemons will share one JVM");
    assertThat(Wiring.choose(home, ROOT_WITH_USERS)).isEqualTo(Wiring.SINGLE);
    assertThatThrownBy(() -> run(new InstallCommand(ROOT_WITH_USERS), "--type", "agent", "--jvms", "two"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--jvms is 'one' or 'per-user', not 'two'");
  }

  @Test
  void oneJvmIsRefusedOnAHomeLaidOutForServiceUsers() throws Exception {
    assumeTrue(SystemUsers.host().isRoot() && SystemUsers.host().groupExists(SystemUsers.GROUP),
        "needs root and the osprey group to give etc/ the service users' group");
    Path home = dir.resolve("separated");
    Files.createDirectories(home.resolve("etc"));
    GroupPrincipal group = FileSystems.getDefault().getUserPrincipalLookupService()
        .lookupPrincipalByGroupName(SystemUsers.GROUP);
    Files.setAttribute(home.resolve("etc"), "posix:group", group, LinkOption.NOFOLLOW_LINKS);
    assertThatThrownBy(() -> run(new InstallCommand(ROOT_WITH_USERS), "--type", "agent", "--home", home.toString(),
        "--jvms", "one"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("laid out for one JVM per service user");
  }

  @Test
  void installNeedsAType() {
    assertThatThrownBy(() -> run(new InstallCommand(new NonRootUsers()), "--home", dir.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--type");
    assertThatThrownBy(() -> run(new InstallCommand(new NonRootUsers()), "--type", "hybrid"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("unknown install type");
  }

  @Test
  void controlNeedsAnInstall() {
    assertThatThrownBy(() -> run(new ControlCommand(new NonRootUsers()), "status", "--home", dir.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("no Osprey install at " + dir);
    assertThatThrownBy(() -> run(new ControlCommand(new NonRootUsers()), "--home", dir.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("start, stop, status, restart");
  }

  @Test
  void controlRunsWhatExistsAndReportsTheRestAsNotImplemented() throws Exception {
    Path home = dir.resolve("server");
    run(new InstallCommand(new NonRootUsers()), "--type", "server", "--home", home.toString());
    said();
    // Free ports instead of 1514 and 514, which a host (or another test) may already use.
    Path conf = home.resolve("etc/ossec.conf");
    Files.writeString(conf, Files.readString(conf)
        .replace("<port>1514</port>", "<port>" + freePort() + "</port>")
        .replace("<port>514</port>", "<port>" + freePort() + "</port>"));
    ControlCommand control = new ControlCommand(new NonRootUsers());
    try {
      // analysisd and remoted exist; the daemons of later issues are reported, never faked.
      int started = run(control, "start", "--home", home.toString());
      String startText = said();
      assertThat(started).as(() -> startText + "\n" + readLog(home)).isZero();
      assertThat(startText).contains("Started ossec-remoted", "ossec-maild: not implemented yet.")
          .contains("Completed.");
      int status = run(control, "status", "--home", home.toString());
      String statusText = said();
      assertThat(status).as(() -> statusText + "\n" + readLog(home)).isZero();
      assertThat(statusText).contains("ossec-analysisd is running", "ossec-remoted is running",
          "ossec-dbd not implemented yet.");
    } finally {
      assertThat(run(control, "stop", "--home", home.toString())).isZero();
    }
    assertThat(said()).contains("Stopping ossec-analysisd");
    assertThat(Files.readString(home.resolve("logs/ossec.log")))
        .contains("ossec-maild: INFO: Not implemented yet in Osprey; not started.");
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.DatagramSocket s = new java.net.DatagramSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String readLog(Path home) {
    try {
      return Files.readString(home.resolve("logs/ossec.log"));
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  @Test
  void homeDefaultsToTheRunningInstallThenVarOssec() {
    assertThat(Homes.resolve("rel/dir")).isEqualTo(Path.of("rel/dir").toAbsolutePath());
    String saved = System.getProperty("osprey.home");
    try {
      System.setProperty("osprey.home", "/opt/osprey");
      assertThat(Homes.resolve(null)).isEqualTo(Path.of("/opt/osprey"));
      System.clearProperty("osprey.home");
      assertThat(Homes.resolve(null)).isEqualTo(Path.of("/var/ossec"));
    } finally {
      if (saved != null) {
        System.setProperty("osprey.home", saved);
      }
    }
  }

  @Test
  void optionsRejectUnknownFlags() {
    assertThatThrownBy(() -> Options.parse(List.of("--colour", "x"), java.util.Set.of("home")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--colour");
    assertThatThrownBy(() -> Options.parse(List.of("--home"), java.util.Set.of("home")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("needs a value");
  }
}
