package org.osprey.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osprey.daemon.testing.TestProviders;
import org.osprey.install.InstallRequest;
import org.osprey.install.InstallType;
import org.osprey.install.Installer;
import org.osprey.install.SystemUsers;

/**
 * {@code osprey control} with real supervisor JVMs running the test daemons (source as root, relay as
 * ospreyr, sink as osprey): all in one JVM (always), and one JVM per user under the real users when the
 * test runs as root. Either way every message the source sends must reach the sink.
 */
class ControlTest {
  private static final int MESSAGES = 2000;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
  private Path home = Path.of("unset");
  private Control control = null;

  @BeforeEach
  void makeHome() throws IOException {
    // Not under the checkout, which may sit where the service users cannot go (/root on CI); the
    // installer opens the home itself to group osprey.
    home = Files.createTempDirectory("osprey-control-");
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (control != null) {
      control.stop();
    }
    try (Stream<Path> all = Files.walk(home)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Osprey's classes and the test daemons, copied under the home's lib/ (as an install's jar would be),
   * where the service users can read them wherever the checkout is.
   */
  private List<Path> testClassPath() throws URISyntaxException, IOException {
    List<Path> copies = new ArrayList<>();
    List<Class<?>> from = List.of(SupervisorMain.class, TestProviders.class);
    for (int i = 0; i < from.size(); i++) {
      Path source = Path.of(from.get(i).getProtectionDomain().getCodeSource().getLocation().toURI());
      Path copy = home.resolve("lib/classes-" + i);
      try (Stream<Path> files = Files.walk(source)) {
        for (Path f : files.toList()) {
          Path to = copy.resolve(source.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(to);
          } else {
            Files.copy(f, to);
          }
          Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
      copies.add(copy);
    }
    return copies;
  }

  private Control control(Wiring wiring) throws URISyntaxException, IOException {
    JvmLauncher launcher =
        new JvmLauncher(home, InstallType.LOCAL, wiring, JvmLauncher.currentJava(), testClassPath());
    control = new Control(DaemonPlan.discover(InstallType.LOCAL), launcher, TIMEOUT, InstantSource.system(), out);
    return control;
  }

  private void writeSource() throws IOException {
    Files.write(
        home.resolve(TestProviders.SOURCE_FILE),
        IntStream.range(0, MESSAGES).mapToObj(i -> "event " + i).toList());
  }

  private List<String> awaitSink() throws Exception {
    Path sink = home.resolve(TestProviders.SINK_FILE);
    long end = System.nanoTime() + TIMEOUT.toNanos();
    List<String> lines = List.of();
    while (System.nanoTime() < end) {
      if (Files.exists(sink)) {
        lines = Files.readAllLines(sink, StandardCharsets.ISO_8859_1);
        if (lines.size() >= MESSAGES) {
          break;
        }
      }
      Thread.sleep(50);
    }
    return lines;
  }

  /** Waits for the next state-file refresh that shows {@code value}. */
  private void awaitState(String jvm, String key, String value) throws Exception {
    Path file = RunFiles.of(home).stateFile(jvm);
    long end = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < end && !value.equals(StateFile.read(file).get(key))) {
      Thread.sleep(100);
    }
    assertThat(StateFile.read(file).get(key)).isEqualTo(value);
  }

  private String said() {
    String s = output.toString(StandardCharsets.UTF_8);
    output.reset();
    return s;
  }

  @Test
  void oneJvmRunsEveryDaemonAndStopsCleanly() throws Exception {
    new Installer(SystemUsers.host(), getClass().getClassLoader(), InstantSource.system())
        .install(new InstallRequest(home, InstallType.LOCAL, false, null, "/nowhere"));
    writeSource();
    Control c = control(Wiring.SINGLE);

    assertThat(c.start()).isZero();
    String started = said();
    assertThat(started)
        .contains("Started osprey-test-sink...", "Started osprey-test-relay...", "Started osprey-test-source...")
        .contains("ossec-analysisd: not implemented yet.")
        .contains("Completed.");

    List<String> sunk = awaitSink();
    String user = System.getProperty("user.name");
    assertThat(sunk).hasSize(MESSAGES);
    assertThat(sunk.getFirst()).isEqualTo(user + " 1:osprey-test-source:event 0");
    assertThat(sunk.getLast()).isEqualTo(user + " 1:osprey-test-source:event " + (MESSAGES - 1));

    List<RunningJvm> jvms = RunningJvm.find(home);
    assertThat(jvms).hasSize(1);
    RunningJvm jvm = jvms.getFirst();
    assertThat(jvm.alive()).isTrue();
    assertThat(jvm.jvm()).isEqualTo("all");
    assertThat(RunFiles.of(home).hasPid("osprey-test-relay", jvm.pid())).isTrue();

    assertThat(c.status()).isZero();
    String status = said();
    assertThat(status)
        .contains("osprey-test-relay is running (pid " + jvm.pid() + ", user " + user + ").")
        .contains("ossec-logcollector not implemented yet.")
        .contains("Queues of the all JVM");

    assertThat(c.start()).isZero();
    assertThat(said()).contains("already running");

    assertThat(c.stop()).isZero();
    assertThat(said()).contains("stopped.");
    assertThat(ProcessHandle.of(jvm.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(RunFiles.of(home).pidFilesOf(jvm.pid())).isEmpty();
    assertThat(RunFiles.of(home).stateFiles()).isEmpty();
    assertThat(Files.readString(home.resolve("logs/ossec.log")))
        .contains("ossec-analysisd: INFO: Not implemented yet in Osprey; not started.")
        .contains("osprey-test-sink: INFO: Stopped.");

    assertThat(c.status()).isEqualTo(1);
    assertThat(said()).contains("osprey-test-sink not running.");
  }

  @Test
  void asRootEachUserGetsItsOwnJvmAndMessagesCrossTheSockets() throws Exception {
    SystemUsers users = SystemUsers.host();
    assumeTrue(users.isRoot(), "privilege separation needs root");
    new Installer(users, getClass().getClassLoader(), InstantSource.system())
        .install(new InstallRequest(home, InstallType.LOCAL, true, null, "/nowhere"));
    assertThat(users.serviceUsersExist()).isTrue();
    Path queueDir = home.resolve("queue/test");
    Files.createDirectories(queueDir);
    GroupPrincipal group =
        queueDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("osprey");
    Files.setAttribute(queueDir, "posix:group", group);
    Files.setPosixFilePermissions(queueDir, PosixFilePermissions.fromString("rwxrwx---"));
    writeSource();
    assertThat(Wiring.choose(home, users)).isEqualTo(Wiring.SEPARATE);
    Control c = control(Wiring.SEPARATE);

    assertThat(c.start()).as(said()).isZero();
    List<String> sunk = awaitSink();
    assertThat(sunk).hasSize(MESSAGES);
    assertThat(sunk).allMatch(l -> l.startsWith("osprey 1:osprey-test-source:event "));
    assertThat(sunk.getLast()).isEqualTo("osprey 1:osprey-test-source:event " + (MESSAGES - 1));

    List<RunningJvm> jvms = RunningJvm.find(home);
    assertThat(jvms).extracting(RunningJvm::jvm).containsExactly("osprey", "ospreyr", "root");
    for (RunningJvm jvm : jvms) {
      assertThat(jvm.alive()).isTrue();
      assertThat(jvm.user()).isEqualTo(jvm.jvm());
      assertThat(ProcessHandle.of(jvm.pid()).orElseThrow().info().user()).hasValue(jvm.jvm());
    }
    assertThat(jvms.get(1).daemons()).containsExactly("osprey-test-relay");
    PosixFileAttributes socket =
        Files.readAttributes(home.resolve("queue/test/relay"), PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    assertThat(socket.owner().getName()).isEqualTo("ospreyr");
    assertThat(socket.group().getName()).isEqualTo("osprey");
    assertThat(PosixFilePermissions.toString(socket.permissions())).isEqualTo("rw-rw----");

    awaitState("ospreyr", "queue.queue/test/relay.in.received", Integer.toString(MESSAGES));
    assertThat(c.status()).isZero();
    assertThat(said())
        .contains("osprey-test-relay is running (pid " + jvms.get(1).pid() + ", user ospreyr).")
        .contains("osprey-test-source is running (pid " + jvms.get(2).pid() + ", user root).")
        .contains("queue/test/relay (in): received " + MESSAGES + ", queued 0, dropped 0");

    assertThat(c.stop()).isZero();
    for (RunningJvm jvm : jvms) {
      assertThat(ProcessHandle.of(jvm.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
    assertThat(RunFiles.of(home).stateFiles()).isEmpty();
    assertThat(home.resolve("queue/test/relay")).doesNotExist();
  }
}
