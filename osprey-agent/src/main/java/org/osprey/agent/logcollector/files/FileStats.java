package org.osprey.agent.logcollector.files;

import java.util.concurrent.atomic.LongAdder;

/** What the file collector has done, for the state file and {@code osprey control status}. */
public final class FileStats {
  final LongAdder lines = new LongAdder();
  final LongAdder bytes = new LongAdder();
  final LongAdder rotations = new LongAdder();
  final LongAdder truncations = new LongAdder();
  final LongAdder longLines = new LongAdder();
  volatile int followed;

  /** Lines read. */
  public long lines() {
    return lines.sum();
  }

  /** Bytes read. */
  public long bytes() {
    return bytes.sum();
  }

  /** Rotations seen (the path names a new file). */
  public long rotations() {
    return rotations.sum();
  }

  /** Truncations seen (the file shrank). */
  public long truncations() {
    return truncations.sum();
  }

  /** Lines cut at the maximum length. */
  public long longLines() {
    return longLines.sum();
  }

  /** Files followed now. */
  public int followed() {
    return followed;
  }
}
