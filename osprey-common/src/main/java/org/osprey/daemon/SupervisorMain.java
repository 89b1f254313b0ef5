package org.osprey.daemon;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.osprey.install.InstallType;
import org.osprey.install.SystemUsers;
import org.osprey.log.OssecLog;
import org.osprey.queue.InMemoryQueueHub;
import org.osprey.queue.QueueRuntime;
import org.osprey.queue.QueueSettings;
import org.osprey.queue.SocketQueueHub;

/**
 * The entry point of a supervisor JVM started by {@code osprey control start}:
 * {@code SupervisorMain --home DIR --type TYPE --jvm all|USER --wiring single|separate --order N}. Runs the
 * implemented daemons of that JVM until SIGTERM.
 */
public final class SupervisorMain {
  private static final Duration STATE_INTERVAL = Duration.ofSeconds(3);

  private SupervisorMain() {}

  public static void main(String[] args) throws Exception {
    SupervisorArgs a = SupervisorArgs.parse(List.of(args));
    InstantSource clock = InstantSource.system();
    OssecLog log = OssecLog.open(a.home(), clock);
    DaemonPlan plan = DaemonPlan.discover(a.type());
    List<PlannedDaemon> toRun =
        a.jvm().equals(SupervisorSettings.ALL) ? plan.implemented() : plan.implementedAs(RunsAs.of(a.jvm()));
    QueueRuntime queues =
        a.wiring() == Wiring.SINGLE
            ? new InMemoryQueueHub(QueueSettings.DEFAULT)
            : new SocketQueueHub(a.home(), QueueSettings.DEFAULT, socketGroup());
    SupervisorSettings settings =
        new SupervisorSettings(
            a.home(), a.type(), a.jvm(), System.getProperty("user.name", "?"), a.order());
    SupervisorRunner runner =
        new SupervisorRunner(new Supervisor(settings, toRun, queues, log, clock), log, STATE_INTERVAL);
    runner.start();
    runner.awaitShutdown();
  }

  private static @Nullable GroupPrincipal socketGroup() {
    try {
      return FileSystems.getDefault()
          .getUserPrincipalLookupService()
          .lookupPrincipalByGroupName(SystemUsers.GROUP);
    } catch (IOException e) {
      return null;
    }
  }

  /** The parsed command line. */
  record SupervisorArgs(Path home, InstallType type, String jvm, Wiring wiring, int order) {
    static SupervisorArgs parse(List<String> args) {
      Path home = null;
      InstallType type = null;
      String jvm = SupervisorSettings.ALL;
      Wiring wiring = Wiring.SINGLE;
      int order = 0;
      for (int i = 0; i < args.size(); i++) {
        String flag = args.get(i);
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException("missing value after " + flag);
        }
        String value = args.get(++i);
        switch (flag) {
          case "--home" -> home = Path.of(value).toAbsolutePath().normalize();
          case "--type" -> type = InstallType.parse(value);
          case "--jvm" -> jvm = value;
          case "--wiring" -> wiring = Wiring.valueOf(value.toUpperCase(Locale.ROOT));
          case "--order" -> order = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option " + flag);
        }
      }
      if (home == null || type == null) {
        throw new IllegalArgumentException("--home and --type are required");
      }
      return new SupervisorArgs(home, type, jvm, wiring, order);
    }
  }
}
