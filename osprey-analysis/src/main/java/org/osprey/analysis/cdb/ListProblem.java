package org.osprey.analysis.cdb;

import java.util.Objects;

/**
 * Something wrong with one list, reported once when lists are loaded or compiled (never thrown): the
 * list then behaves as absent.
 *
 * @param file the file concerned, as OSSEC names it (e.g. {@code rules/blocked.cdb}), with
 *     {@code :line} when a line is meant
 * @param message what is wrong
 */
public record ListProblem(String file, String message) {
  public ListProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + ": " + message;
  }
}
