package org.osprey.analysis.cdb;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ListCompiler} did with one list.
 *
 * @param list the list's names
 * @param outcome what happened
 * @param entries the number of records written (0 unless {@link Outcome#COMPILED})
 * @param problems lines skipped (as {@code text:line}) and, unless compiled, why not
 */
public record ListCompileResult(ListPath list, Outcome outcome, int entries, List<ListProblem> problems) {
  public ListCompileResult {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(outcome, "outcome");
    problems = List.copyOf(problems);
  }

  /** What happened to a list. */
  public enum Outcome {
    /** The text was newer than the cdb (or the cdb was missing, or a rebuild was forced): rebuilt. */
    COMPILED,
    /** The cdb is not older than the text (or there is only a cdb): left alone. */
    UP_TO_DATE,
    /** Neither the text nor the cdb exists. */
    MISSING,
    /** Reading the text or writing the cdb failed; the old cdb, if any, is unchanged. */
    FAILED
  }

  /**
   * The line {@code ossec-makelists} prints for this list (without a newline), or for {@link
   * Outcome#MISSING} and {@link Outcome#FAILED} the error.
   */
  public String report() {
    return switch (outcome) {
      case COMPILED -> " * File " + list.cdb() + " needs to be updated";
      case UP_TO_DATE -> " * File " + list.cdb() + " does not need to be compiled";
      case MISSING, FAILED -> problems.isEmpty() ? list.cdb() + ": " + outcome : problems.getLast().toString();
    };
  }
}
