package org.osprey.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osprey.config.IpRange;
import org.osprey.daemon.Control;
import org.osprey.daemon.DaemonPlan;
import org.osprey.daemon.JvmLauncher;
import org.osprey.daemon.PlannedDaemon;
import org.osprey.daemon.RunningJvm;
import org.osprey.daemon.Wiring;
import org.osprey.install.InstallRequest;
import org.osprey.install.InstallType;
import org.osprey.install.Installer;
import org.osprey.install.SystemUsers;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.remoted.Remoted;

/**
 * The resident memory of an idle agent: installs an agent in a temporary home (its client.keys and
 * {@code <client>} pointing at a remoted run by this harness on 127.0.0.1), starts its daemons as
 * {@code osprey control start} does (a detached supervisor JVM, with the JVM options of agent installs),
 * lets it idle, and prints the JVM's VmRSS and VmHWM from {@code /proc}. Starts twice in a row, as an
 * install's second start may find state its first start left.
 */
public final class AgentRssBenchmark {
  private AgentRssBenchmark() {}

  public static void main(String[] args) throws Exception {
    int idle = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int starts = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path dir = Files.createTempDirectory("osprey-bench-rss");
    try (BenchHome manager = BenchHome.manager(dir.resolve("manager"))) {
      Path home = dir.resolve("agent");
      // benchmarks/run passes the shaded jar that `osprey install` copies to lib/osprey.jar: the agent
      // then runs from that one jar, as installed (a class path of a dozen jars costs about 1 MiB more).
      String jarProperty = System.getProperty("osprey.jar");
      Path jar = jarProperty == null ? null : Path.of(jarProperty).toAbsolutePath();
      new Installer(SystemUsers.host(), AgentRssBenchmark.class.getClassLoader(), InstantSource.system())
          .install(new InstallRequest(home, InstallType.AGENT, false, jar, System.getProperty("java.home")));
      var key = KeysFile.of(manager.home).add("agent1", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL);
      KeysFile.of(home).replaceWith(key);
      Remoted remoted = new Remoted(p -> 0);
      remoted.start(manager.context(remoted));
      int port = remoted.secureAddresses().getFirst().getPort();
      Path conf = home.resolve("etc/ossec.conf");
      Files.writeString(conf, Files.readString(conf).replace("<port>1514</port>", "<port>" + port + "</port>"));
      JvmLauncher launcher = new JvmLauncher(home, InstallType.AGENT, Wiring.SINGLE, JvmLauncher.currentJava(),
          jar == null ? classPath() : List.of(home.resolve("lib/osprey.jar")));
      System.out.println("agent JVM: "
          + String.join(" ", launcher.command("all", 0)).replaceAll(" -cp \\S+", " -cp ...")
          + (jar == null ? " (class path: the module jars; run through benchmarks/run for lib/osprey.jar)" : ""));
      Control control = new Control(DaemonPlan.discover(InstallType.AGENT), launcher, Duration.ofSeconds(60),
          InstantSource.system(), new PrintStream(PrintStream.nullOutputStream()));
      for (PlannedDaemon d : DaemonPlan.discover(InstallType.AGENT).daemons()) {
        System.out.println("  " + d.name() + ": " + (d.implemented() ? "started" : "not implemented yet, not started"));
      }
      for (int start = 1; start <= starts; start++) {
        if (control.start() != 0) {
          throw new IllegalStateException("the agent did not start; see " + launcher.outFile("all"));
        }
        RunningJvm jvm = RunningJvm.find(home).getFirst();
        Thread.sleep(Duration.ofSeconds(idle));
        Map<String, Long> st = status(jvm.pid());
        System.out.printf("start %d: after %d s idle: VmRSS %.1f MiB = %.1f MB (anonymous %.1f, files %.1f),"
            + " VmHWM %.1f MiB, %d threads (pid %d, %s, connected to remoted: %s)%n", start, idle,
            st.getOrDefault("VmRSS", -1L) / 1024.0, st.getOrDefault("VmRSS", -1L) * 1024 / 1e6,
            st.getOrDefault("RssAnon", -1L) / 1024.0,
            st.getOrDefault("RssFile", -1L) / 1024.0, st.getOrDefault("VmHWM", -1L) / 1024.0,
            st.getOrDefault("Threads", -1L), jvm.pid(), String.join(", ", jvm.daemons()),
            remoted.channel().counters().events() > 0 ? "yes" : "no");
        control.stop();
      }
      remoted.stop();
    }
  }

  /**
   * The jars of this harness's class path without the test libraries: Osprey's modules and what they use,
   * as {@code lib/osprey.jar} holds them in an install.
   */
  private static List<Path> classPath() {
    List<Path> out = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(e).toAbsolutePath();
      if (e.endsWith(".jar") && !TEST_LIBRARIES.matcher(p.getFileName().toString()).lookingAt()) {
        out.add(p);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern TEST_LIBRARIES =
      java.util.regex.Pattern.compile("junit|assertj|jqwik|byte-buddy|opentest4j|apiguardian|archunit|.*-tests\\.jar");

  /** The kB figures of {@code /proc/<pid>/status}, and its thread count. */
  private static Map<String, Long> status(long pid) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.endsWith(" kB")) {
        out.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 1, line.length() - 3).strip()));
      } else if (line.startsWith("Threads:")) {
        out.put("Threads", Long.parseLong(line.substring(colon + 1).strip()));
      }
    }
    return out;
  }
}
