package org.osprey.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.daemon.Wiring;
import org.osprey.install.InstallRequest;
import org.osprey.install.InstallResult;
import org.osprey.install.InstallType;
import org.osprey.install.Installer;
import org.osprey.install.SystemUsers;

/** {@code osprey install --type local|server|agent [--home DIR] [--jvms one|per-user]}: lays out an install. */
final class InstallCommand implements Command {
  private final SystemUsers users;

  InstallCommand(SystemUsers users) {
    this.users = users;
  }

  @Override
  public String summary() {
    return "lay out an install with default configs (--type local|server|agent --home DIR [--jvms one])";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, Set.of("type", "home", "jvms"));
    if (!o.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + o.positional().getFirst() + "'");
    }
    InstallType type = Homes.type(o.get("type"));
    Path home = Homes.resolve(o.get("home"));
    boolean oneJvm = oneJvm(o.get("jvms"));
    if (oneJvm && Files.isDirectory(home.resolve("etc")) && Wiring.choose(home, users) == Wiring.SEPARATE) {
      throw new UsageException(home + " is laid out for one JVM per service user; --jvms one applies to a new"
          + " home (its files would otherwise keep the service users' owners)");
    }
    InstallResult r =
        new Installer(users, InstallCommand.class.getClassLoader(), InstantSource.system())
            .install(
                new InstallRequest(
                    home, type, !oneJvm, Homes.runningJar().orElse(null), System.getProperty("java.home")));
    print(r, out);
    return 0;
  }

  /**
   * {@code --jvms one}: no service users, every daemon in one JVM under the user running the install (root
   * for a system install). It saves a JVM's memory on small hosts, chiefly agents (about 45 MB), at the
   * cost of privilege separation: agentd and remoted then parse network input as root, as no OSSEC
   * daemon does. {@code --jvms per-user} (the default) separates them where the host allows it.
   */
  private static boolean oneJvm(@Nullable String jvms) throws UsageException {
    if (jvms == null || jvms.equals("per-user")) {
      return false;
    }
    if (jvms.equals("one")) {
      return true;
    }
    throw new UsageException("--jvms is 'one' or 'per-user', not '" + jvms + "'");
  }

  static void print(InstallResult r, PrintStream out) {
    out.println("Osprey " + r.type().id() + " install at " + r.home() + ".");
    out.println("  created:  " + (r.created().isEmpty() ? "nothing (all there)" : r.created().size() + " files and directories"));
    if (!r.kept().isEmpty()) {
      out.println("  kept as they were (yours): " + String.join(", ", r.kept()));
    }
    out.println("  Osprey's own files written: " + r.replaced().size() + " (bin/, lib/, ruleset/)");
    if (!r.accounts().isEmpty()) {
      out.println("  accounts created: " + String.join(", ", r.accounts()));
    }
    out.println(
        r.owned()
            ? "  owners: OSSEC's (root, osprey, ospreyr; group osprey); daemons will run one JVM per user"
            : "  owners: the current user (no service users); daemons will share one JVM");
    out.println("Start it with: " + r.home().resolve("bin/ossec-control") + " start");
  }
}
