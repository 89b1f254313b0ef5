package org.osprey.config;

import java.util.Objects;

/**
 * One thing wrong with a configuration file.
 *
 * @param source the file (or label) as given to the loader
 * @param line the 1-based line, or 0 when it concerns the whole file
 * @param message what is wrong, in the spirit of OSSEC's own messages
 */
public record Problem(String source, int line, String message) {

  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line);
    }
  }

  /** {@code file:line: message}, or {@code file: message} for line 0. */
  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
  }
}
