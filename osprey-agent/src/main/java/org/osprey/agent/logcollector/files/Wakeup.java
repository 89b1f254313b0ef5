package org.osprey.agent.logcollector.files;

import java.util.concurrent.TimeUnit;

/** A flag one thread raises and another waits for, with a timeout. */
final class Wakeup {
  private boolean raised;

  synchronized void raise() {
    raised = true;
    notifyAll();
  }

  /** Waits until raised or {@code nanos} pass, then lowers the flag. */
  synchronized void await(long nanos) throws InterruptedException {
    long end = System.nanoTime() + nanos;
    long left = nanos;
    while (!raised && left > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
      left = end - System.nanoTime();
    }
    raised = false;
  }
}
