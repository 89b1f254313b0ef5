package org.osprey.analysis.output;

/**
 * What went into one log file kind since start.
 *
 * @param records alerts, events or lines appended
 * @param lines newlines appended
 * @param bytes bytes appended, in the file's encoding
 */
public record StreamCounters(long records, long lines, long bytes) {
  /** For a stream that is not enabled. */
  public static final StreamCounters NONE = new StreamCounters(0, 0, 0);
}
