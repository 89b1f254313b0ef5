package org.osprey.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osprey.install.InstallType;
import org.osprey.install.SystemUsers;

/**
 * Starts a detached supervisor JVM: {@code java -cp <class path> SupervisorMain ...} in its own session
 * ({@code setsid}), under its run-as user when privileges are separated ({@code setpriv}, else
 * {@code runuser}), working directory the home, standard input from {@code /dev/null}, and standard output
 * and error appended to {@code logs/osprey-<jvm>.out}.
 *
 * @param home the install home
 * @param type the install type
 * @param wiring one JVM, or one per user
 * @param javaExe the {@code java} executable
 * @param classPath the jar (or class directories) holding Osprey and the daemon modules
 */
public record JvmLauncher(Path home, InstallType type, Wiring wiring, Path javaExe, List<Path> classPath) {
  public JvmLauncher {
    classPath = List.copyOf(classPath);
    if (classPath.isEmpty()) {
      throw new IllegalArgumentException("empty class path");
    }
  }

  /** The JDK running this code. */
  public static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** Where the JVM called {@code jvm} writes its standard output and error. */
  public Path outFile(String jvm) {
    return home.resolve("logs/osprey-" + jvm + ".out");
  }

  /** The command that starts the JVM called {@code jvm} ({@code all} or a run-as user). */
  public List<String> command(String jvm, int order) {
    List<String> cmd = new ArrayList<>();
    tool("setsid").ifPresent(cmd::add);
    if (wiring == Wiring.SEPARATE && !jvm.equals(RunsAs.ROOT.user())) {
      String user = RunsAs.of(jvm).user();
      Optional<String> setpriv = tool("setpriv");
      if (setpriv.isPresent()) {
        cmd.addAll(
            List.of(
                setpriv.get(),
                "--reuid=" + user,
                "--regid=" + SystemUsers.GROUP,
                "--init-groups",
                "--"));
      } else {
        cmd.addAll(List.of(tool("runuser").orElse("runuser"), "-u", user, "--"));
      }
    }
    cmd.add(javaExe.toString());
    cmd.addAll(jvmOptions(jvm));
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-Dosprey.home=" + home);
    cmd.add("-cp");
    cmd.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    cmd.add(SupervisorMain.class.getName());
    cmd.addAll(
        List.of(
            "--home", home.toString(),
            "--type", type.id(),
            "--jvm", jvm,
            "--wiring", wiring.name().toLowerCase(Locale.ROOT),
            "--order", Integer.toString(order)));
    return cmd;
  }

  /**
   * The options sizing the JVM called {@code jvm}. Agents run on every monitored host, so their JVM is kept
   * small: the serial collector and a small heap that grows only as needed, one C1 compiler thread and a
   * small code cache (agent work is I/O-bound), compact object headers, no performance-data file, and
   * the C heap handed back to the system every two seconds ({@code TrimNativeHeapInterval}, with two
   * malloc arenas: {@link #launch}). A method is compiled after 5,000 calls instead of 200: start-up
   * code (reading the configuration) then stays interpreted and out of the code cache, about 2 MiB
   * less at idle, while the event path reaches that count in milliseconds under load (loop
   * back-edge thresholds are left alone; raising those slowed the agent path). The young generation
   * is a quarter of the heap rather than a third (eden is always resident). Class sharing is off: the
   * JDK's archive maps about 14 MiB of classes an agent never uses, and {@code -Xshare:off} measured 2-3 MiB less resident memory than a
   * dynamic archive of the agent's own classes (benchmarks/run agent-rss), at the cost of about half
   * a second more at start. Managers keep the JDK's defaults.
   */
  public List<String> jvmOptions(String jvm) {
    if (type != InstallType.AGENT) {
      return List.of();
    }
    return List.of(
        "-XX:+UseSerialGC",
        "-Xms8m",
        "-XX:NewRatio=3",
        "-Xmx96m",
        "-Xss512k",
        "-XX:MaxMetaspaceSize=96m",
        "-XX:TieredStopAtLevel=1",
        "-XX:CICompilerCount=1",
        "-XX:Tier3InvocationThreshold=5000",
        "-XX:Tier3MinInvocationThreshold=2500",
        "-XX:Tier3CompileThreshold=50000",
        "-XX:ReservedCodeCacheSize=16m",
        "-XX:+UseCompactObjectHeaders",
        "-XX:-UsePerfData",
        "-XX:TrimNativeHeapInterval=2000",
        "-Xshare:off");
  }

  /** Starts the JVM called {@code jvm}; it keeps running after this process exits. */
  public Process launch(String jvm, int order) throws IOException {
    Path out = outFile(jvm);
    Files.createDirectories(out.getParent());
    ProcessBuilder pb = new ProcessBuilder(command(jvm, order));
    if (type == InstallType.AGENT) {
      // glibc's default of 8 arenas per core keeps freed C memory in many places; two suffice for
      // an agent's few busy threads and let the periodic trim return more.
      pb.environment().put("MALLOC_ARENA_MAX", "2");
    }
    return pb.directory(home.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
        .redirectErrorStream(true)
        .start();
  }

  private static Optional<String> tool(String name) {
    for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p.toString());
      }
    }
    return Optional.empty();
  }
}
