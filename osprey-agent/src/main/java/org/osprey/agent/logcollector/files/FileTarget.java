package org.osprey.agent.logcollector.files;

import java.util.Map;
import java.util.Objects;
import org.osprey.agent.logcollector.formats.Formats;
import org.osprey.config.LogFormat;

/**
 * One {@code <localfile>} that names files: its location pattern and how its lines are read.
 *
 * @param pattern the location as written: a path, with globs and strftime conversions allowed
 * @param format the log format
 * @param multiLineCount N of {@code multi-line:N}, else 0
 * @param labels added to json events
 * @param onlyFutureEvents start at the end instead of where the last run stopped
 */
public record FileTarget(
    String pattern, LogFormat format, int multiLineCount, Map<String, String> labels,
    boolean onlyFutureEvents) {
  public FileTarget {
    Objects.requireNonNull(pattern, "pattern");
    if (!Formats.readsFiles(format)) {
      throw new IllegalArgumentException("log format " + format.id() + " does not read files");
    }
    Strftime.check(pattern);
    labels = Map.copyOf(labels);
  }
}
