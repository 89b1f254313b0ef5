package org.osprey.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osprey.log.OssecLog;

/**
 * {@code osprey control start|stop|status|restart}, like OSSEC's {@code ossec-control}: starts the
 * supervisor JVMs of an install detached, stops them with SIGTERM and waits for their clean exit, and
 * reports each daemon of the install type as running, stopped or not implemented yet. Exit codes: 0 when
 * all is well, 1 when something that should run does not.
 */
public final class Control {
  private final DaemonPlan plan;
  private final JvmLauncher launcher;
  private final Duration timeout;
  private final InstantSource clock;
  private final PrintStream out;

  /**
   * @param plan the install type's daemons with the providers found
   * @param launcher starts supervisor JVMs for this install and wiring
   * @param timeout how long start waits for a JVM to come up, and stop for it to exit
   */
  public Control(DaemonPlan plan, JvmLauncher launcher, Duration timeout, InstantSource clock, PrintStream out) {
    if (plan.type() != launcher.type()) {
      throw new IllegalArgumentException("plan and launcher disagree on the install type");
    }
    this.plan = plan;
    this.launcher = launcher;
    this.timeout = timeout;
    this.clock = clock;
    this.out = out;
  }

  private Path home() {
    return launcher.home();
  }

  /** Starts every implemented daemon; returns 0, or 1 if a JVM did not come up. */
  public int start() throws IOException, InterruptedException {
    List<RunningJvm> live = RunningJvm.find(home()).stream().filter(RunningJvm::alive).toList();
    if (!live.isEmpty()) {
      out.println("Osprey is already running at " + home() + ":");
      live.forEach(j -> out.println("  " + String.join(", ", j.daemons()) + " (pid " + j.pid() + ")"));
      return 0;
    }
    cleanStale();
    out.println(
        "Starting Osprey (" + plan.type().id() + " install at " + home() + ", "
            + (launcher.wiring() == Wiring.SEPARATE ? "one JVM per user" : "one JVM") + ")...");
    try (OssecLog log = OssecLog.open(home(), clock)) {
      for (PlannedDaemon d : plan.notImplemented()) {
        log.daemon(d.name()).info("Not implemented yet in Osprey; not started.");
        out.println(d.name() + ": not implemented yet.");
      }
    }
    int code = 0;
    List<String> jvms = jvmNames();
    for (int order = 0; order < jvms.size(); order++) {
      String jvm = jvms.get(order);
      Process process = launcher.launch(jvm, order);
      Optional<RunningJvm> up = awaitUp(jvm, process);
      if (up.isEmpty()) {
        out.println("The " + jvm + " JVM did not start; see " + launcher.outFile(jvm) + ":");
        tail(launcher.outFile(jvm), 10).forEach(l -> out.println("  " + l));
        code = 1;
        continue;
      }
      up.get().daemons().forEach(d -> out.println("Started " + d + "..."));
      for (String off : up.get().state().list("disabled")) {
        out.println(off + ": disabled in ossec.conf; not started.");
      }
      for (String failed : up.get().state().list("failed")) {
        out.println(failed + ": failed to start; see logs/ossec.log.");
        code = 1;
      }
    }
    out.println("Completed.");
    return code;
  }

  private List<String> jvmNames() {
    if (plan.implemented().isEmpty()) {
      return List.of();
    }
    if (launcher.wiring() == Wiring.SINGLE) {
      return List.of(SupervisorSettings.ALL);
    }
    return plan.groups().stream().map(RunsAs::user).toList();
  }

  private Optional<RunningJvm> awaitUp(String jvm, Process process) throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    Path stateFile = RunFiles.of(home()).stateFile(jvm);
    while (System.nanoTime() < end) {
      if (Files.exists(stateFile)) {
        for (RunningJvm j : RunningJvm.find(home())) {
          if (j.file().equals(stateFile) && j.alive()) {
            return Optional.of(j);
          }
        }
      }
      if (!process.isAlive()) {
        return Optional.empty();
      }
      Thread.sleep(50);
    }
    return Optional.empty();
  }

  /** Stops every supervisor JVM of the install, last started first; returns 0, or 1 if one would not stop. */
  public int stop() throws IOException, InterruptedException {
    List<RunningJvm> live =
        new ArrayList<>(RunningJvm.find(home()).stream().filter(RunningJvm::alive).toList());
    if (live.isEmpty()) {
      out.println("Osprey is not running at " + home() + ".");
      cleanStale();
      return 0;
    }
    int code = 0;
    for (RunningJvm jvm : live.reversed()) {
      Optional<ProcessHandle> handle = ProcessHandle.of(jvm.pid());
      String what = String.join(", ", jvm.daemons());
      out.print("Stopping " + (what.isEmpty() ? "the " + jvm.jvm() + " JVM" : what) + " (pid " + jvm.pid() + ")... ");
      if (handle.isEmpty()) {
        out.println("already gone.");
        continue;
      }
      if (!handle.get().destroy()) {
        out.println("cannot signal it (run as the user that started it, or root).");
        code = 1;
        continue;
      }
      try {
        handle.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        out.println("stopped.");
      } catch (TimeoutException e) {
        handle.get().destroyForcibly();
        out.println("did not stop within " + timeout.toSeconds() + " s; killed.");
        code = 1;
      } catch (ExecutionException e) {
        out.println("stopped.");
      }
    }
    cleanStale();
    return code;
  }

  /** {@link #stop} then {@link #start}. */
  public int restart() throws IOException, InterruptedException {
    int stopped = stop();
    int started = start();
    return Math.max(stopped, started);
  }

  /** Prints each daemon's state and the queue counters; returns 1 when an implemented daemon is not running. */
  public int status() throws IOException {
    List<RunningJvm> live = RunningJvm.find(home()).stream().filter(RunningJvm::alive).toList();
    RunFiles run = RunFiles.of(home());
    int code = 0;
    out.println("Osprey " + plan.type().id() + " install at " + home() + ":");
    for (PlannedDaemon d : plan.daemons()) {
      Optional<RunningJvm> in =
          live.stream().filter(j -> j.daemons().contains(d.name()) && run.hasPid(d.name(), j.pid())).findFirst();
      if (in.isPresent()) {
        out.println(
            d.name() + " is running (pid " + in.get().pid() + ", user " + in.get().user() + ").");
      } else if (!d.implemented()) {
        out.println(d.name() + " not implemented yet.");
      } else if (live.stream().anyMatch(j -> j.state().list("disabled").contains(d.name()))) {
        out.println(d.name() + " disabled in ossec.conf.");
      } else {
        out.println(d.name() + " not running.");
        code = 1;
      }
    }
    for (RunningJvm j : live) {
      List<String> queues = QueueLines.of(j.state());
      if (!queues.isEmpty()) {
        out.println("Queues of the " + j.jvm() + " JVM (pid " + j.pid() + ", user " + j.user() + "):");
        queues.forEach(line -> out.println("  " + line));
      }
    }
    return code;
  }

  /** Removes the state and pid files of JVMs that are gone. */
  private void cleanStale() throws IOException {
    RunFiles run = RunFiles.of(home());
    for (RunningJvm j : RunningJvm.find(home())) {
      if (!j.alive()) {
        for (Path pidFile : run.pidFilesOf(j.pid())) {
          Files.deleteIfExists(pidFile);
        }
        Files.deleteIfExists(j.file());
      }
    }
  }

  private static List<String> tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return all.subList(Math.max(0, all.size() - lines), all.size());
    } catch (IOException e) {
      return List.of("(" + file + " cannot be read: " + e.getMessage() + ")");
    }
  }
}
