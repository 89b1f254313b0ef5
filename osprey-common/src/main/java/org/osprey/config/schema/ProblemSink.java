package org.osprey.config.schema;

/** Receives the problems found while reading configuration, each with its place. */
@FunctionalInterface
public interface ProblemSink {

  /**
   * @param source the file (or label) the problem is in
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param message what is wrong, without the place
   */
  void report(String source, int line, String message);
}
