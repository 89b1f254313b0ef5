package org.osprey.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration that cannot be used, with every problem found in it. Not retriable: the file has
 * to be fixed.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public ConfigException(List<Problem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** A single problem. */
  public ConfigException(Problem problem) {
    this(List.of(problem));
  }

  /** Every problem, in the order found (file order within a file). */
  public List<Problem> problems() {
    return problems;
  }

  /** Always false: a bad configuration stays bad until someone edits it. */
  public boolean retriable() {
    return false;
  }

  private static String message(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
