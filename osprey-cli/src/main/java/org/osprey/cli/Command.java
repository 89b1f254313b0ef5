package org.osprey.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One {@code osprey} sub-command. */
public interface Command {

  /** A one-line summary for {@code osprey help}. */
  String summary();

  /**
   * Runs the command; returns the process exit code.
   *
   * @param args the arguments after the command name
   */
  int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception;
}
