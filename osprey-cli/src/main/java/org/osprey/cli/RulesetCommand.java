package org.osprey.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.osprey.ruleset.check.RulesetCheck;

/**
 * {@code osprey ruleset check [-c CONF] [-D HOME]}: loads the ruleset an install's ossec.conf names and
 * reports what would make it wrong or slow, each with file and line. The flags are logtest's: the
 * install folder (default: this install, else /var/ossec) and its ossec.conf (default
 * HOME/etc/ossec.conf).
 */
final class RulesetCommand implements Command {
  static final String USAGE = "usage: osprey ruleset check [-c CONF] [-D HOME]";

  @Override
  public String summary() {
    return "check decoders and rules for errors, dead rules, costly patterns: ruleset check";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws UsageException {
    if (SubCommands.helpOrVerb(args, "check", USAGE, out)) {
      return 0;
    }
    Path config = null;
    Path home = null;
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-c") && i + 1 < args.size() && config == null) {
        config = Path.of(args.get(++i));
      } else if (a.equals("-D") && i + 1 < args.size() && home == null) {
        home = Path.of(args.get(++i)).toAbsolutePath().normalize();
      } else {
        throw new UsageException("unexpected argument '" + a + "'; " + USAGE);
      }
    }
    if (home == null) {
      home = Homes.resolve(null);
    }
    if (config == null) {
      config = home.resolve("etc/ossec.conf");
    }
    return RulesetCheck.run(config, home).print(out);
  }
}
