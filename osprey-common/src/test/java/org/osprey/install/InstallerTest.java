package org.osprey.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import org.osprey.testing.NonRootUsers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InstallerTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-02-03T04:05:06Z"));

  @TempDir Path dir;

  /** Users as a non-root process sees them: never asked to create anyone. */
  private static final SystemUsers NOT_ROOT = new NonRootUsers();

  private InstallResult install(Path home, InstallType type) throws IOException {
    return install(home, type, getClass().getClassLoader(), null);
  }

  private InstallResult install(Path home, InstallType type, ClassLoader loader, Path jar) throws IOException {
    return new Installer(NOT_ROOT, loader, CLOCK)
        .install(new InstallRequest(home, type, true, jar, System.getProperty("java.home")));
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  @ParameterizedTest
  @EnumSource(InstallType.class)
  void laysOutOssecsTree(InstallType type) throws Exception {
    Path home = dir.resolve("ossec");
    InstallResult result = install(home, type);

    for (LayoutEntry d : InstallLayout.directories(type)) {
      assertThat(home.resolve(d.path())).isDirectory();
    }
    for (LayoutEntry f : InstallLayout.files(type)) {
      assertThat(home.resolve(f.path())).isRegularFile();
    }
    assertThat(result.owned()).isFalse();
    assertThat(result.kept()).isEmpty();
    assertThat(InstallInfo.read(home).orElseThrow().type()).isEqualTo(type);
    assertThat(home.resolve("etc/ossec.conf")).hasContent(DefaultConfigs.ossecConf(type));
    assertThat(home.resolve("etc/internal_options.conf")).hasContent(DefaultConfigs.internalOptions());
    assertThat(home.resolve("logs/ossec.log")).isEmptyFile();
    for (String q : List.of("ossec", "alerts", "rids", "syscheck", "rootcheck", "diff", "buffers", "positions")) {
      assertThat(home.resolve("queue/" + q)).isDirectory();
    }
    for (String d : List.of("stats", "logs/alerts", "logs/archives", "logs/firewall", "rules", "ruleset/rules",
        "ruleset/decoders", "queue/fts")) {
      assertThat(Files.isDirectory(home.resolve(d))).as(d).isEqualTo(type != InstallType.AGENT);
    }
    assertThat(Files.exists(home.resolve("etc/client.keys"))).isEqualTo(type != InstallType.LOCAL);
    assertThat(Files.isDirectory(home.resolve("etc/shared"))).isEqualTo(type != InstallType.LOCAL);
    assertThat(Files.isDirectory(home.resolve("queue/agent-info"))).isEqualTo(type == InstallType.SERVER);
    for (String d : List.of("var/run", "active-response/bin", "bin", "lib")) {
      assertThat(home.resolve(d)).isDirectory();
    }
  }

  @Test
  void withoutRootTheOwnerKeepsWriteAccessAndOssecsGroupBits() throws Exception {
    Path home = dir.resolve("ossec");
    install(home, InstallType.SERVER);
    assertThat(mode(home.resolve("etc"))).isEqualTo("rwxr-x---");
    assertThat(mode(home.resolve("etc/shared"))).isEqualTo("rwxrwx---");
    assertThat(mode(home.resolve("queue/ossec"))).isEqualTo("rwxrwx---");
    assertThat(mode(home.resolve("var/run"))).isEqualTo("rwxrwx---");
    assertThat(mode(home.resolve("logs"))).isEqualTo("rwxr-x---");
    assertThat(mode(home.resolve("etc/ossec.conf"))).isEqualTo("rw-r-----");
    assertThat(mode(home.resolve("etc/client.keys"))).isEqualTo("rw-r-----");
    assertThat(mode(home.resolve("logs/ossec.log"))).isEqualTo("rw-rw----");
    assertThat(mode(home.resolve("bin/osprey"))).isEqualTo("rwxr-x---");
  }

  @Test
  void reinstallKeepsEditsAndAddsWhatIsMissing() throws Exception {
    Path home = dir.resolve("ossec");
    install(home, InstallType.LOCAL);
    String edited = "<ossec_config><global><logall>yes</logall></global></ossec_config>\n";
    Files.writeString(home.resolve("etc/ossec.conf"), edited);
    Files.writeString(home.resolve("rules/local_rules.xml"), "<group name=\"mine,\"></group>\n");
    Files.delete(home.resolve("etc/internal_options.conf"));
    Files.delete(home.resolve("bin/manage_agents"));

    InstallResult again = install(home, InstallType.LOCAL);

    assertThat(home.resolve("etc/ossec.conf")).hasContent(edited);
    assertThat(home.resolve("rules/local_rules.xml")).hasContent("<group name=\"mine,\"></group>\n");
    assertThat(home.resolve("etc/internal_options.conf")).hasContent(DefaultConfigs.internalOptions());
    assertThat(home.resolve("bin/manage_agents")).exists();
    assertThat(again.kept()).contains("etc/ossec.conf", "rules/local_rules.xml");
    assertThat(again.created()).containsExactly("etc/internal_options.conf");
    assertThat(again.replaced()).contains("bin/osprey", "bin/manage_agents");
  }

  @Test
  void refusesToTurnAnInstallIntoAnotherType() throws Exception {
    Path home = dir.resolve("ossec");
    install(home, InstallType.AGENT);
    assertThatThrownBy(() -> install(home, InstallType.SERVER))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("already a agent install");
  }

  @Test
  void copiesEveryRulesetResourceFromDirectoriesAndJars() throws Exception {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("osprey-ruleset/decoders"));
    Files.writeString(classes.resolve("osprey-ruleset/decoders/sshd_decoders.xml"), "<decoder name=\"sshd\"/>");
    Path jar = dir.resolve("rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("osprey-ruleset/"));
      out.putNextEntry(new JarEntry("osprey-ruleset/rules/"));
      out.putNextEntry(new JarEntry("osprey-ruleset/rules/sshd_rules.xml"));
      out.write("<group name=\"sshd,\"/>".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new JarEntry("elsewhere/ignored.xml"));
    }
    Path home = dir.resolve("ossec");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL(), jar.toUri().toURL()}, null)) {
      InstallResult result = install(home, InstallType.SERVER, loader, null);
      assertThat(result.replaced())
          .contains("ruleset/decoders/sshd_decoders.xml", "ruleset/rules/sshd_rules.xml");
    }
    assertThat(home.resolve("ruleset/decoders/sshd_decoders.xml")).hasContent("<decoder name=\"sshd\"/>");
    assertThat(home.resolve("ruleset/rules/sshd_rules.xml")).hasContent("<group name=\"sshd,\"/>");
    assertThat(home.resolve("ruleset/ignored.xml")).doesNotExist();
  }

  @Test
  void binScriptsRunTheJarInLibWithTheirCommand() throws Exception {
    Path jar = dir.resolve("osprey.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PrintHome.class.getName());
    String classFile = PrintHome.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        InputStream in = PrintHome.class.getClassLoader().getResourceAsStream(classFile)) {
      out.putNextEntry(new JarEntry(classFile));
      in.transferTo(out);
    }
    Path home = dir.resolve("ossec");
    install(home, InstallType.LOCAL, getClass().getClassLoader(), jar);
    assertThat(home.resolve("lib/osprey.jar")).hasSameBinaryContentAs(jar);

    for (var tool : LauncherScripts.OSSEC_TOOLS.entrySet()) {
      Process p =
          new ProcessBuilder(home.resolve("bin/" + tool.getKey()).toString(), "-a", "b c")
              .redirectErrorStream(true)
              .start();
      String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(p.waitFor()).as(said).isZero();
      assertThat(said).isEqualTo("home=" + home + " args=[" + tool.getValue() + ", -a, b c]");
    }
  }

  @Test
  void asRootTheTreeGetsOssecsOwners() throws Exception {
    SystemUsers users = SystemUsers.host();
    assumeTrue(users.isRoot(), "chown needs root");
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    Path home = Files.createTempDirectory(target, "owned-");
    try {
      InstallResult result =
          new Installer(users, getClass().getClassLoader(), CLOCK)
              .install(new InstallRequest(home, InstallType.SERVER, true, null, "/nowhere"));
      assertThat(result.owned()).isTrue();
      assertThat(users.serviceUsersExist()).isTrue();
      assertOwned(home, "root", "r-xr-x---");
      assertOwned(home.resolve("etc"), "root", "r-xr-x---");
      assertOwned(home.resolve("etc/shared"), "root", "rwxrwx---");
      assertOwned(home.resolve("etc/ossec.conf"), "root", "rw-r-----");
      assertOwned(home.resolve("etc/client.keys"), "osprey", "rw-r-----");
      assertOwned(home.resolve("etc/.client.keys.lock"), "osprey", "rw-rw----");
      assertOwned(home.resolve("logs"), "osprey", "rwxr-x---");
      assertOwned(home.resolve("logs/ossec.log"), "osprey", "rw-rw----");
      assertOwned(home.resolve("queue/rids"), "ospreyr", "rwxrwx---");
      assertOwned(home.resolve("queue/agent-info"), "ospreyr", "rwxr-x---");
      assertOwned(home.resolve("var/run"), "root", "rwxrwx---");
      assertOwned(home.resolve("bin/ossec-control"), "root", "r-xr-x---");
      // Re-running as root works on the read-only tree and keeps the owners.
      new Installer(users, getClass().getClassLoader(), CLOCK)
          .install(new InstallRequest(home, InstallType.SERVER, true, null, "/nowhere"));
      assertOwned(home.resolve("bin/osprey"), "root", "r-xr-x---");
    } finally {
      try (Stream<Path> all = Files.walk(home)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void assertOwned(Path p, String owner, String mode) throws IOException {
    PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    assertThat(a.owner().getName()).as("owner of %s", p).isEqualTo(owner);
    assertThat(a.group().getName()).as("group of %s", p).isEqualTo("osprey");
    assertThat(PosixFilePermissions.toString(a.permissions())).as("mode of %s", p).isEqualTo(mode);
  }

}
