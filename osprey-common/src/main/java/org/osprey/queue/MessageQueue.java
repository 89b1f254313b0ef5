package org.osprey.queue;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * A bounded in-memory queue of {@link QueueMessage}s with the counters that {@code osprey control status}
 * shows: received, queued, dropped, high water and rejected. Thread-safe; any number of producers and
 * consumers.
 */
public final class MessageQueue implements QueueReader {
  private final QueueName name;
  private final String side;
  private final ArrayBlockingQueue<QueueMessage> items;
  private final LongAdder received = new LongAdder();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final AtomicLong highWater = new AtomicLong();

  /**
   * @param side {@code in} or {@code out}, see {@link QueueCounters#side()}
   * @param capacity the most messages waiting at once, at least 1
   */
  public MessageQueue(QueueName name, String side, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("queue capacity must be at least 1: " + capacity);
    }
    this.name = name;
    this.side = side;
    this.items = new ArrayBlockingQueue<>(capacity);
    counters(); // validates side
  }

  @Override
  public QueueName name() {
    return name;
  }

  /** Offers one message; see {@link QueueWriter#send}. */
  public boolean push(QueueMessage message, PushPolicy policy) throws InterruptedException {
    received.increment();
    boolean accepted;
    if (policy.blocks()) {
      items.put(message);
      accepted = true;
    } else if (policy.maxWait().isZero()) {
      accepted = items.offer(message);
    } else {
      accepted = items.offer(message, policy.maxWait().toNanos(), TimeUnit.NANOSECONDS);
    }
    if (accepted) {
      int size = items.size();
      highWater.accumulateAndGet(size, Math::max);
    } else {
      dropped.increment();
    }
    return accepted;
  }

  @Override
  public @Nullable QueueMessage poll(Duration timeout) throws InterruptedException {
    return items.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public @Nullable QueueMessage poll() {
    return items.poll();
  }

  @Override
  public int drainTo(Collection<? super QueueMessage> sink, int max) {
    return items.drainTo(sink, max);
  }

  /** Messages waiting now. */
  public int size() {
    return items.size();
  }

  /** Counts messages that were accepted earlier but could not be delivered. */
  public void recordDropped(long count) {
    dropped.add(count);
  }

  /** Counts frames refused by the socket codec. */
  public void recordRejected(long count) {
    rejected.add(count);
  }

  /** A snapshot of the counters. */
  public QueueCounters counters() {
    return new QueueCounters(
        name.path(),
        side,
        received.sum(),
        items.size(),
        dropped.sum(),
        highWater.get(),
        rejected.sum());
  }
}
