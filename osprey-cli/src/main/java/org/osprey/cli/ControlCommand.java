package org.osprey.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osprey.daemon.Control;
import org.osprey.daemon.DaemonPlan;
import org.osprey.daemon.JvmLauncher;
import org.osprey.daemon.Wiring;
import org.osprey.install.InstallInfo;
import org.osprey.install.SystemUsers;

/** {@code osprey control start|stop|status|restart [--home DIR]}: OSSEC's {@code ossec-control}. */
final class ControlCommand implements Command {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private final SystemUsers users;

  ControlCommand(SystemUsers users) {
    this.users = users;
  }

  @Override
  public String summary() {
    return "start, stop, restart or show the daemons of an install (start|stop|status|restart [--home DIR])";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, Set.of("home"));
    if (o.positional().size() != 1) {
      throw new UsageException("expected one of start, stop, status, restart");
    }
    String action = o.positional().getFirst();
    Path home = Homes.resolve(o.get("home"));
    InstallInfo info = Homes.require(home);
    Wiring wiring = Wiring.choose(home, users);
    List<Path> classPath = Homes.daemonClassPath(home);
    JvmLauncher launcher = new JvmLauncher(home, info.type(), wiring, JvmLauncher.currentJava(), classPath);
    Control control =
        new Control(DaemonPlan.discover(info.type()), launcher, TIMEOUT, InstantSource.system(), out);
    return switch (action) {
      case "start" -> {
        warnIfStale(home, err);
        yield control.start();
      }
      case "stop" -> control.stop();
      case "status" -> control.status();
      case "restart" -> {
        warnIfStale(home, err);
        yield control.restart();
      }
      default -> throw new UsageException("unknown action '" + action + "' (start, stop, status, restart)");
    };
  }

  /** The daemons run lib/osprey.jar; say so when it is not the Osprey running this command. */
  private static void warnIfStale(Path home, PrintStream err) throws IOException {
    Path lib = home.resolve("lib/osprey.jar");
    Optional<Path> running = Homes.runningJar();
    if (running.isPresent() && Files.isRegularFile(lib) && !Files.isSameFile(lib, running.get())
        && Files.mismatch(lib, running.get()) != -1) {
      err.println(
          "osprey control: note: " + lib + " differs from the osprey you are running ("
              + running.get() + "); the daemons run " + lib + ". `osprey install` updates it.");
    }
  }
}
