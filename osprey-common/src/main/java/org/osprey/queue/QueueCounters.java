package org.osprey.queue;

/**
 * A snapshot of one queue's counters.
 *
 * @param queue the queue path
 * @param side {@code in} for a queue read in this JVM, {@code out} for the send buffer of a queue read by
 *     another JVM
 * @param received messages offered by producers (accepted or not)
 * @param queued messages waiting now
 * @param dropped messages not accepted: the queue stayed full past the producer's wait, or they could not
 *     be delivered before shutdown
 * @param highWater the most messages ever waiting at once
 * @param rejected frames refused by the socket codec (too large, empty, or not a queue message)
 */
public record QueueCounters(
    String queue, String side, long received, long queued, long dropped, long highWater, long rejected) {

  public QueueCounters {
    if (!side.equals("in") && !side.equals("out")) {
      throw new IllegalArgumentException("side must be in or out: " + side);
    }
  }
}
