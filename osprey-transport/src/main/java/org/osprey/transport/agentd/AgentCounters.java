package org.osprey.transport.agentd;

import java.util.concurrent.atomic.LongAdder;

/** agentd's counters. Thread-safe. */
public final class AgentCounters {
  final LongAdder sent = new LongAdder();
  final LongAdder resent = new LongAdder();
  final LongAdder received = new LongAdder();
  final LongAdder rejected = new LongAdder();
  final LongAdder sendFailed = new LongAdder();
  final LongAdder connects = new LongAdder();
  final LongAdder bufferFullWaits = new LongAdder();
  final LongAdder tooLarge = new LongAdder();
  final LongAdder arReceived = new LongAdder();
  volatile boolean bufferFull;
  volatile boolean connected;
  volatile boolean ospreyManager;

  /** Events sent, first tries only. */
  public long sent() {
    return sent.sum();
  }

  /** Events sent again after a reconnect or a missing acknowledgement. */
  public long resent() {
    return resent.sum();
  }

  /** Times the buffer was full and intake waited. */
  public long bufferFullWaits() {
    return bufferFullWaits.sum();
  }

  /** Whether the agent has a working channel now. */
  public boolean connected() {
    return connected;
  }

  /** Whether the manager acknowledges events (an Osprey manager). */
  public boolean ospreyManager() {
    return ospreyManager;
  }
}
