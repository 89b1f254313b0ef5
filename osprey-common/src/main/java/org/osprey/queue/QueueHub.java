package org.osprey.queue;

import java.io.IOException;
import java.util.List;

/**
 * Where a daemon gets its queues. The same calls work whether the other end is in this JVM (a bounded
 * in-memory queue) or in another JVM (a Unix-domain socket at the queue's path under the install home).
 */
public interface QueueHub {

  /**
   * The reading end of {@code name}. A queue has one reader per install: asking twice is an error.
   *
   * @throws IOException if the queue's socket cannot be bound
   * @throws IllegalStateException if the queue already has a reader in this hub
   */
  QueueReader reader(QueueName name) throws IOException;

  /** A writer to {@code name} that waits for room when the queue is full (push-back). */
  default QueueWriter writer(QueueName name) {
    return writer(name, PushPolicy.BLOCK);
  }

  /** A writer to {@code name} with its own policy for a full queue. */
  QueueWriter writer(QueueName name, PushPolicy policy);

  /** The counters of every queue this hub holds, readers' queues first. */
  List<QueueCounters> counters();
}
