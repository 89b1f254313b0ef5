package org.osprey.analysis.load;

import java.util.List;
import java.util.stream.Collectors;

/** A ruleset that cannot be used; carries every problem found. Not retriable: the files must change. */
public final class RulesetException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public RulesetException(List<Problem> problems) {
    super(problems.stream().filter(Problem::fatal).map(Problem::toString)
        .collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
