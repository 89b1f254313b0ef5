package org.osprey.cli;

import java.io.PrintStream;
import java.util.List;

/** The common start of commands written {@code osprey <noun> <verb> [flags]}. */
final class SubCommands {
  private SubCommands() {}

  /**
   * Prints the usage and returns true when help is asked for; otherwise checks that the first
   * argument is {@code verb}, throwing a usage error naming what is wrong.
   */
  static boolean helpOrVerb(List<String> args, String verb, String usage, PrintStream out)
      throws UsageException {
    if (args.size() == 1 && (args.get(0).equals("-h") || args.get(0).equals("--help"))) {
      out.println(usage);
      return true;
    }
    if (args.isEmpty() || !args.get(0).equals(verb)) {
      throw new UsageException(args.isEmpty()
          ? "missing sub-command; " + usage
          : "unknown sub-command '" + args.get(0) + "'; " + usage);
    }
    return false;
  }
}
