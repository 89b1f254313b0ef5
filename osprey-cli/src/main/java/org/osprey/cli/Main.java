package org.osprey.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.osprey.install.SystemUsers;

/** The {@code osprey} command: dispatches to one {@link Command} per sub-command. */
public final class Main {

  /** Every sub-command, in the order {@code osprey help} lists them. One line each. */
  static Map<String, Supplier<Command>> commands() {
    Map<String, Supplier<Command>> c = new LinkedHashMap<>();
    c.put("local", () -> new LocalCommand(SystemUsers.host(), new CountDownLatch(1)));
    c.put("install", () -> new InstallCommand(SystemUsers.host()));
    c.put("control", () -> new ControlCommand(SystemUsers.host()));
    c.put("logtest", LogtestCommand::new);
    c.put("config", ConfigCommand::new);
    c.put("makelists", MakeListsCommand::new);
    c.put("ruleset", RulesetCommand::new);
    c.put("manage-agents", ManageAgentsCommand::new);
    c.put("agent-control", AgentControlCommand::system);
    c.put("authd", () -> new AuthdCommand(new CountDownLatch(1)));
    c.put("agent-auth", () -> new AgentAuthCommand(AgentControlCommand::localHostname));
    return c;
  }

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, Supplier<Command>> commands = commands();
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
      usage(commands, args.length == 0 ? err : out);
      return args.length == 0 ? 1 : 0;
    }
    Supplier<Command> found = commands.get(args[0]);
    if (found == null) {
      err.println("osprey: unknown command '" + args[0] + "'");
      usage(commands, err);
      return 1;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      return found.get().run(rest, System.in, out, err);
    } catch (UsageException e) {
      err.println("osprey " + args[0] + ": " + e.getMessage());
      return 1;
    } catch (Exception e) {
      err.println("osprey " + args[0] + ": " + e.getMessage());
      return 1;
    }
  }

  private static void usage(Map<String, Supplier<Command>> commands, PrintStream to) {
    to.println("usage: osprey <command> [options]");
    to.println();
    for (Map.Entry<String, Supplier<Command>> e : commands.entrySet()) {
      to.printf("  %-18s %s%n", e.getKey(), e.getValue().get().summary());
    }
  }
}
