package org.osprey.queue;

import java.time.Duration;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** The reading end of a queue, handed to the one daemon that consumes it. */
public interface QueueReader {

  /** The queue's name. */
  QueueName name();

  /** The next message, waiting at most {@code timeout}; {@code null} if none came. */
  @Nullable QueueMessage poll(Duration timeout) throws InterruptedException;

  /** The next message if one is waiting, else {@code null}. */
  @Nullable QueueMessage poll();

  /** Moves up to {@code max} waiting messages into {@code sink}; returns how many. Never waits. */
  int drainTo(Collection<? super QueueMessage> sink, int max);
}
