package org.osprey.ruleset.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the checker found.
 *
 * @param source the file, as the loader names it
 * @param line the 1-based line, or 0 when it concerns the whole file
 * @param message what is wrong and why it matters
 */
public record Finding(String source, int line, String message) {
  /** File, then line, then message. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::source)
      .thenComparingInt(Finding::line).thenComparing(Finding::message);

  public Finding {
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
