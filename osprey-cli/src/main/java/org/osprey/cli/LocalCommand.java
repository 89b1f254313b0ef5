package org.osprey.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osprey.daemon.DaemonPlan;
import org.osprey.daemon.PlannedDaemon;
import org.osprey.daemon.RunningJvm;
import org.osprey.daemon.Supervisor;
import org.osprey.daemon.SupervisorRunner;
import org.osprey.daemon.SupervisorSettings;
import org.osprey.install.InstallInfo;
import org.osprey.install.InstallRequest;
import org.osprey.install.InstallType;
import org.osprey.install.Installer;
import org.osprey.install.SystemUsers;
import org.osprey.log.FileFollower;
import org.osprey.log.OssecLog;
import org.osprey.queue.InMemoryQueueHub;
import org.osprey.queue.QueueSettings;

/**
 * {@code osprey local [--home DIR]}: creates a local install if there is none (no root needed), runs all its
 * daemons in this JVM in the foreground, and shows alerts as they are written, until Ctrl-C or SIGTERM.
 */
final class LocalCommand implements Command {
  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration STATE_INTERVAL = Duration.ofSeconds(3);

  private final SystemUsers users;
  private final CountDownLatch stopRequest;

  /** @param stopRequest counted down to stop from within (tests); signals stop it in normal use */
  LocalCommand(SystemUsers users, CountDownLatch stopRequest) {
    this.users = users;
    this.stopRequest = stopRequest;
  }

  @Override
  public String summary() {
    return "create (if missing) and run a local install in the foreground, alerts on screen ([--home DIR])";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, Set.of("home"));
    if (!o.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + o.positional().getFirst() + "'");
    }
    Path home = Path.of(o.get("home") == null ? "osprey-home" : o.get("home")).toAbsolutePath().normalize();
    ensureInstalled(home, out);
    Optional<RunningJvm> running = RunningJvm.find(home).stream().filter(RunningJvm::alive).findFirst();
    if (running.isPresent()) {
      throw new UsageException(
          home + " is already running (pid " + running.get().pid() + "); stop it with `osprey control stop --home "
              + home + "`");
    }
    InstantSource clock = InstantSource.system();
    DaemonPlan plan = DaemonPlan.discover(InstallType.LOCAL);
    OssecLog log = OssecLog.open(home, clock);
    for (PlannedDaemon d : plan.notImplemented()) {
      log.daemon(d.name()).info("Not implemented yet in Osprey; not started.");
    }
    SupervisorSettings settings =
        new SupervisorSettings(home, InstallType.LOCAL, SupervisorSettings.ALL, System.getProperty("user.name", "?"), 0);
    Supervisor supervisor =
        new Supervisor(settings, plan.implemented(), new InMemoryQueueHub(QueueSettings.DEFAULT), log, clock);
    SupervisorRunner runner = new SupervisorRunner(supervisor, log, STATE_INTERVAL);
    FileFollower alerts = new FileFollower(home.resolve("logs/alerts/alerts.log"), true);
    runner.start();
    banner(home, plan, supervisor, out);
    try {
      while (!stopRequest.await(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
        byte[] fresh = alerts.poll();
        if (fresh.length > 0) {
          out.write(fresh);
          out.flush();
        }
      }
    } finally {
      runner.stop();
    }
    out.println("Osprey stopped.");
    return 0;
  }

  private void ensureInstalled(Path home, PrintStream out) throws IOException, UsageException {
    Optional<InstallInfo> info = InstallInfo.read(home);
    if (info.isPresent()) {
      if (info.get().type() != InstallType.LOCAL) {
        throw new UsageException(home + " is a " + info.get().type().id() + " install; `osprey local` runs local ones");
      }
      return;
    }
    new Installer(users, LocalCommand.class.getClassLoader(), InstantSource.system())
        .install(
            new InstallRequest(
                home, InstallType.LOCAL, false, Homes.runningJar().orElse(null), System.getProperty("java.home")));
    out.println("Created a local install at " + home + " (configuration: " + home.resolve("etc/ossec.conf") + ").");
  }

  private static void banner(Path home, DaemonPlan plan, Supervisor supervisor, PrintStream out) {
    List<String> running = supervisor.running();
    List<String> missing = plan.notImplemented().stream().map(PlannedDaemon::name).toList();
    out.println("Osprey local install at " + home);
    out.println("  running:             " + (running.isEmpty() ? "none yet" : String.join(", ", running)));
    if (!supervisor.failed().isEmpty()) {
      out.println("  failed to start:     " + String.join(", ", supervisor.failed()) + " (see logs/ossec.log)");
    }
    if (!missing.isEmpty()) {
      out.println("  not implemented yet: " + String.join(", ", missing));
    }
    out.println("  daemon log:          " + home.resolve("logs/ossec.log"));
    out.println("Showing new alerts from " + home.resolve("logs/alerts/alerts.log") + " (Ctrl-C stops).");
    out.flush();
  }
}
