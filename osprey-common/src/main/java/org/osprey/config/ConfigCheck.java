package org.osprey.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code osprey config check}: loads an ossec.conf and prints every problem with its place. */
public final class ConfigCheck {
  private ConfigCheck() {}

  /**
   * Checks {@code file}, printing each problem as {@code file:line: message} and then one summary
   * line.
   *
   * @return 0 when the file is valid, 1 otherwise
   */
  public static int run(Path file, PrintStream out) {
    try {
      OssecConfig config = OssecConfig.load(file);
      out.println(file + ": valid (" + summary(config) + ")");
      return 0;
    } catch (ConfigException e) {
      List<Problem> problems = e.problems();
      problems.forEach(out::println);
      out.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
          + " found");
      return 1;
    }
  }

  private static String summary(OssecConfig c) {
    return c.rules().entries().size() + " rules entries, " + c.localfiles().size() + " localfile, "
        + c.remotes().size() + " remote, " + c.activeResponses().size() + " active-response";
  }
}
