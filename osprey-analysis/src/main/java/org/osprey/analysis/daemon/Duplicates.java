package org.osprey.analysis.daemon;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * analysisd's duplicate suppression for syslog-type events: a full log equal to one of the last three
 * distinct ones is dropped (syslog daemons repeat messages). In-order stage only.
 */
final class Duplicates {
  private @Nullable String last;
  private @Nullable String previous;
  private @Nullable String beforePrevious;

  /** True when {@code fullLog} repeats a recent message; otherwise remembers it. */
  boolean repeated(String fullLog) {
    if (Objects.equals(fullLog, last) || Objects.equals(fullLog, previous)
        || Objects.equals(fullLog, beforePrevious)) {
      return true;
    }
    beforePrevious = previous;
    previous = last;
    last = fullLog;
    return false;
  }
}
