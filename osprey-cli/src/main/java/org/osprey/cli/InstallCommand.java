package org.osprey.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import org.osprey.install.InstallRequest;
import org.osprey.install.InstallResult;
import org.osprey.install.InstallType;
import org.osprey.install.Installer;
import org.osprey.install.SystemUsers;

/** {@code osprey install --type local|server|agent [--home DIR]}: lays out an install. */
final class InstallCommand implements Command {
  private final SystemUsers users;

  InstallCommand(SystemUsers users) {
    this.users = users;
  }

  @Override
  public String summary() {
    return "lay out an install with default configs (--type local|server|agent --home DIR)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, Set.of("type", "home"));
    if (!o.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + o.positional().getFirst() + "'");
    }
    InstallType type = Homes.type(o.get("type"));
    Path home = Homes.resolve(o.get("home"));
    InstallResult r =
        new Installer(users, InstallCommand.class.getClassLoader(), InstantSource.system())
            .install(
                new InstallRequest(
                    home, type, true, Homes.runningJar().orElse(null), System.getProperty("java.home")));
    print(r, out);
    return 0;
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
            : "  owners: the current user (not root, so no service users); daemons will share one JVM");
    out.println("Start it with: " + r.home().resolve("bin/ossec-control") + " start");
  }
}
