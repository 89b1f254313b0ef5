package org.osprey.analysis.output;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The daemon's counters, as it fills them for the state file. Counts are totals since start.
 *
 * @param eventsReceived messages taken from the queue socket
 * @param eventsDecoded events through decoding
 * @param eventsProcessed events through rule matching
 * @param eventsDropped events dropped, by reason (a short name such as {@code queue_full})
 * @param alertsWritten alerts written to alerts.log
 * @param alertsDropped alerts that could not be written
 * @param archivesWritten events written to the archives
 * @param archivesDropped events that could not be archived
 * @param firewallWritten lines written to firewall.log
 * @param queueDepth events waiting for rule matching now
 * @param queueCapacity the size of that queue
 * @param correlationEventsHeld events kept for correlation now
 * @param rulesLoaded rules in the ruleset
 */
public record StateCounters(
    long eventsReceived,
    long eventsDecoded,
    long eventsProcessed,
    Map<String, Long> eventsDropped,
    long alertsWritten,
    long alertsDropped,
    long archivesWritten,
    long archivesDropped,
    long firewallWritten,
    int queueDepth,
    int queueCapacity,
    int correlationEventsHeld,
    int rulesLoaded) {

  public StateCounters {
    Objects.requireNonNull(eventsDropped, "eventsDropped");
    for (String reason : eventsDropped.keySet()) {
      if (!reason.matches("[a-z0-9_]+")) {
        throw new IllegalArgumentException("drop reason must be [a-z0-9_]+: '" + reason + "'");
      }
    }
    eventsDropped = java.util.Collections.unmodifiableMap(new TreeMap<>(eventsDropped));
  }

  /** Every dropped event, whatever the reason. */
  public long eventsDroppedTotal() {
    long sum = 0;
    for (long n : eventsDropped.values()) {
      sum += n;
    }
    return sum;
  }
}
