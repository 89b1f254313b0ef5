package org.osprey.analysis.output;

import java.util.concurrent.atomic.AtomicLong;

/**
 * OSSEC 4.3's alert ids: a counter that starts at 1 each time the daemon starts, printed after the
 * epoch second ({@code ** Alert 1700000000.42:}), so an id is unique only with its second. Older
 * OSSEC used the alerts.log byte offset. Thread-safe.
 */
public final class AlertIds {
  private final AtomicLong last = new AtomicLong();

  /** The next id (1 first). */
  public long next() {
    return last.incrementAndGet();
  }

  /** The last id handed out (0 before the first). */
  public long last() {
    return last.get();
  }
}
