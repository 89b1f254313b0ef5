package org.osprey.analysis.load;

/**
 * One problem in a ruleset file.
 *
 * @param source the file
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong
 * @param fatal whether the ruleset cannot be used (a warning is only reported)
 */
public record Problem(String source, int line, String message, boolean fatal) {
  @Override
  public String toString() {
    return (line > 0 ? source + ":" + line : source) + ": " + (fatal ? "" : "warning: ") + message;
  }
}
