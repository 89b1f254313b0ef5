package org.osprey.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.osprey.config.ConfigCheck;

/** {@code osprey config check -c FILE}: validates an ossec.conf. */
public final class ConfigCommand implements Command {
  static final String USAGE = "usage: osprey config check -c FILE";

  @Override
  public String summary() {
    return "check an ossec.conf: config check -c FILE";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws UsageException {
    if (SubCommands.helpOrVerb(args, "check", USAGE, out)) {
      return 0;
    }
    Path file = null;
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-c") && i + 1 < args.size() && file == null) {
        file = Path.of(args.get(++i));
      } else {
        throw new UsageException("unexpected argument '" + a + "'; " + USAGE);
      }
    }
    if (file == null) {
      throw new UsageException("missing -c FILE; " + USAGE);
    }
    return ConfigCheck.run(file, out);
  }
}
