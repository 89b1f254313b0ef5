package org.osprey.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osprey.install.InstallType;

/** The JVM options an install's supervisor JVMs get. */
class JvmLauncherTest {
  static JvmLauncher launcher(InstallType type) {
    return new JvmLauncher(Path.of("/var/ossec"), type, Wiring.SINGLE, Path.of("/jdk/bin/java"),
        List.of(Path.of("/var/ossec/lib/osprey.jar")));
  }

  @Test
  void agentsGetTheSmallFootprintOptionsBeforeTheMainClass() {
    List<String> cmd = launcher(InstallType.AGENT).command("all", 0);
    assertThat(cmd).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-XX:TrimNativeHeapInterval=2000", "-XX:Tier3InvocationThreshold=5000", "-Xshare:off");
    assertThat(cmd.indexOf("-XX:+UseSerialGC")).isGreaterThan(cmd.indexOf("/jdk/bin/java"))
        .isLessThan(cmd.indexOf(SupervisorMain.class.getName()));
  }

  @Test
  void managersKeepTheJdkDefaults() {
    assertThat(launcher(InstallType.SERVER).jvmOptions("all")).isEmpty();
    assertThat(launcher(InstallType.LOCAL).command("all", 0)).noneMatch(a -> a.startsWith("-X"));
  }
}
