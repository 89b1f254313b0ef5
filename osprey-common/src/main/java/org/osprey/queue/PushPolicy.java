package org.osprey.queue;

import java.time.Duration;

/**
 * What a producer does when the queue is full: wait for room (push-back), or wait at most {@code maxWait}
 * and then drop the message, counting the drop.
 *
 * @param maxWait how long to wait for room; {@link Duration#ZERO} drops at once; {@code null} is not
 *     allowed, use {@link #BLOCK} to wait without limit
 */
public record PushPolicy(Duration maxWait) {
  /** Wait as long as it takes: the producer slows down to the consumer's pace. The default. */
  public static final PushPolicy BLOCK = new PushPolicy(Duration.ofSeconds(Long.MAX_VALUE));

  /** Drop at once when the queue is full (and count it). */
  public static final PushPolicy DROP = new PushPolicy(Duration.ZERO);

  public PushPolicy {
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("negative wait: " + maxWait);
    }
  }

  /** Waits at most {@code maxWait}, then drops. */
  public static PushPolicy dropAfter(Duration maxWait) {
    return new PushPolicy(maxWait);
  }

  /** True when the producer waits without limit. */
  public boolean blocks() {
    return maxWait.getSeconds() == Long.MAX_VALUE;
  }
}
