package org.osprey.config;

import java.util.ArrayList;
import java.util.List;
import org.osprey.config.schema.ProblemSink;

/** Collects problems while a file is read; throws them all at once at the end. */
final class Problems implements ProblemSink {
  private final List<Problem> found = new ArrayList<>();

  @Override
  public void report(String source, int line, String message) {
    found.add(new Problem(source, line, message));
  }

  /** Throws a {@link ConfigException} with everything reported, if anything was. */
  void throwIfAny() throws ConfigException {
    if (!found.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(found);
      sorted.sort(java.util.Comparator.comparing(Problem::source).thenComparingInt(Problem::line));
      throw new ConfigException(sorted);
    }
  }
}
