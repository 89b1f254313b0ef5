package org.osprey.config;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <localfile>}: a log that logcollector follows, or a command whose output it reads.
 *
 * @param location the file (may hold glob characters and strftime escapes), journald unit or event
 *     channel; null for a command
 * @param command the command to run, for the command formats; else null
 * @param logFormat how the lines are read
 * @param multiLineCount for {@code multi-line:N}, N; else 0
 * @param frequency for a command, how often it runs
 * @param alias the name that replaces the command in the event location, or null
 * @param onlyFutureEvents whether to start at the end instead of where logcollector stopped
 * @param query for event channels, the XPath query, or null
 * @param labels Osprey's labels added to each event of a json log, in order
 * @param checkDiff Osprey's option: forward a command's output only when it changed
 * @param source the file it was written in
 * @param line its line
 */
public record LocalfileConfig(
    @Nullable String location,
    @Nullable String command,
    LogFormat logFormat,
    int multiLineCount,
    Duration frequency,
    @Nullable String alias,
    boolean onlyFutureEvents,
    @Nullable String query,
    Map<String, String> labels,
    boolean checkDiff,
    String source,
    int line) {

  public LocalfileConfig {
    Objects.requireNonNull(logFormat, "logFormat");
    if (logFormat.runsCommand() ? command == null : location == null) {
      throw new IllegalArgumentException("a " + logFormat.id() + " localfile needs "
          + (logFormat.runsCommand() ? "a command" : "a location"));
    }
    if ((logFormat == LogFormat.MULTI_LINE) != (multiLineCount > 0)) {
      throw new IllegalArgumentException("multi-line count " + multiLineCount + " for " + logFormat);
    }
    Objects.requireNonNull(frequency, "frequency");
    labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    Objects.requireNonNull(source, "source");
  }

  /** What logcollector reads: the command for the command formats, else the location. */
  public String target() {
    return Objects.requireNonNull(logFormat.runsCommand() ? command : location);
  }
}
