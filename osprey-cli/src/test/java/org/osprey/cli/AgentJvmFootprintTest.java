package org.osprey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.daemon.JvmLauncher;
import org.osprey.daemon.Wiring;
import org.osprey.install.InstallRequest;
import org.osprey.install.InstallType;
import org.osprey.install.Installer;
import org.osprey.install.SystemUsers;

/**
 * Keeps the agent JVM lean: starts an installed agent's JVM as {@code ossec-control} would (its JVM
 * options, agentd and logcollector with the default agent configuration), lets agentd send to a UDP socket
 * standing in for the manager, and checks from the JVM's class-loading log that none of the JDK
 * subsystems the agent was weaned off came back. Each of them cost the idle agent hundreds of KiB of class
 * metadata (see {@code benchmarks/run agent-rss}), and each comes back with one innocent-looking call:
 * {@code String.format}, {@code Instant.toString}, {@code Duration.multipliedBy},
 * {@code ZoneId.systemDefault}, {@code Thread.ofVirtual}.
 */
class AgentJvmFootprintTest {
  /** Classes that mark a subsystem, and the call that usually brings it. */
  private static final Set<String> UNWANTED = Set.of(
      "java.util.Formatter", // String.format, formatted(), printf
      "java.time.format.DateTimeFormatter", // Instant.toString, LocalDateTime formatting
      "java.math.BigDecimal", // Duration.multipliedBy / dividedBy
      "java.time.zone.ZoneRulesProvider", // ZoneId.systemDefault and region ids
      "java.lang.VirtualThread$VThreadContinuation"); // Thread.ofVirtual

  @TempDir Path dir;

  @Test
  void anIdleAgentLoadsNoneOfTheSubsystemsItWasWeanedOff() throws Exception {
    Path home = dir.resolve("agent");
    new Installer(SystemUsers.host(), getClass().getClassLoader(), InstantSource.system())
        .install(new InstallRequest(home, InstallType.AGENT, false, null, System.getProperty("java.home")));
    Files.writeString(home.resolve("etc/client.keys"), "001 agent1 any " + "ab".repeat(32) + "\n");
    Path classLog = dir.resolve("classes.log");
    try (DatagramSocket manager = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      Path conf = home.resolve("etc/ossec.conf");
      Files.writeString(conf, Files.readString(conf)
          .replace("<port>1514</port>", "<port>" + manager.getLocalPort() + "</port>"));
      JvmLauncher launcher = new JvmLauncher(home, InstallType.AGENT, Wiring.SINGLE, JvmLauncher.currentJava(),
          classPath());
      List<String> cmd = new ArrayList<>(launcher.command("all", 0));
      int java = cmd.indexOf(launcher.javaExe().toString());
      cmd.add(java + 1, "-Xlog:class+load=info:file=" + classLog);
      Process agent = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(dir.resolve("agent.out").toFile()).start();
      try {
        manager.setSoTimeout(30_000);
        DatagramPacket p = new DatagramPacket(new byte[65_536], 65_536);
        manager.receive(p); // a sealed message: agentd, its codec and the cipher have run
        assertThat(p.getLength()).isPositive();
        waitForLog(home.resolve("logs/ossec.log"), "ossec-logcollector: INFO: Started");
        Thread.sleep(1000); // the first command runs
      } catch (SocketTimeoutException e) {
        throw new AssertionError("the agent sent nothing in 30 s; see " + dir.resolve("agent.out"), e);
      } finally {
        agent.destroy();
        agent.waitFor(30, TimeUnit.SECONDS);
      }
    }
    Set<String> loaded = new TreeSet<>();
    for (String line : Files.readAllLines(classLog)) {
      int start = line.indexOf("] ");
      int end = line.indexOf(" source:");
      if (start > 0 && end > start) {
        loaded.add(line.substring(start + 2, end));
      }
    }
    assertThat(loaded).as("classes the agent loaded").contains("org.osprey.transport.codec.SecureCodec",
        "org.osprey.agent.logcollector.Logcollector");
    assertThat(loaded).as("classes the agent loaded").doesNotContainAnyElementsOf(UNWANTED);
  }

  private static void waitForLog(Path log, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no '" + text + "' in " + log);
  }

  /** This test's class path without the test libraries and test classes: Osprey's modules and their jars. */
  private static List<Path> classPath() {
    List<Path> out = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(e).toAbsolutePath();
      String name = p.getFileName().toString();
      if (!name.equals("test-classes") && !name.matches("(junit|assertj|jqwik|byte-buddy|opentest4j|apiguardian"
          + "|archunit|surefire).*")) {
        out.add(p);
      }
    }
    return out;
  }
}
