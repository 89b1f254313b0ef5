package org.osprey.agent.logcollector.commands;

import java.util.concurrent.atomic.LongAdder;

/** What the commands have done, for the state file. */
public final class CommandStats {
  final LongAdder runs = new LongAdder();
  final LongAdder failures = new LongAdder();
  final LongAdder timeouts = new LongAdder();
  final LongAdder unchanged = new LongAdder();

  /** Runs started. */
  public long runs() {
    return runs.sum();
  }

  /** Runs that could not start or exited with a non-zero status. */
  public long failures() {
    return failures.sum();
  }

  /** Runs killed at the timeout. */
  public long timeouts() {
    return timeouts.sum();
  }

  /** check_diff runs whose output was the same as the last one, so nothing was sent. */
  public long unchanged() {
    return unchanged.sum();
  }
}
