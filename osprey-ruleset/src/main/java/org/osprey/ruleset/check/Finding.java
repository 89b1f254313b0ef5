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
  /** The prefix of findings that inform without making the ruleset fail the check. */
  public static final String NOTE = "note: ";

  /** A finding that is reported but is not a problem (for example a pattern moved to RE2/J). */
  public static Finding note(String source, int line, String message) {
    return new Finding(source, line, NOTE + message);
  }

  /** Whether this finding only informs. */
  public boolean isNote() {
    return message.startsWith(NOTE);
  }

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
