package org.osprey.daemon.testing;

import org.osprey.queue.QueueName;

/** The queues the test daemons use. */
public final class TestQueues {
  /** Source to relay. */
  public static final QueueName RELAY = new QueueName("queue/test/relay");

  /** Relay to sink. */
  public static final QueueName SINK = new QueueName("queue/test/sink");

  private TestQueues() {}
}
