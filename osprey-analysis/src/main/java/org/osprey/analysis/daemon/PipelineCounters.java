package org.osprey.analysis.daemon;

import java.util.concurrent.atomic.LongAdder;

/** What the pipeline counts; read by status and the state file. */
public final class PipelineCounters {
  final LongAdder received = new LongAdder();
  final LongAdder droppedQueueFull = new LongAdder();
  final LongAdder droppedFormat = new LongAdder();
  final LongAdder droppedFirewall = new LongAdder();
  final LongAdder duplicates = new LongAdder();
  final LongAdder processed = new LongAdder();
  final LongAdder alerts = new LongAdder();
  final LongAdder archived = new LongAdder();
  final LongAdder reloads = new LongAdder();
  final LongAdder failed = new LongAdder();
  final LongAdder droppedInternal = new LongAdder();

  /** A consistent-enough copy of the counters. */
  public Snapshot snapshot() {
    return new Snapshot(received.sum(), droppedQueueFull.sum(), droppedFormat.sum(),
        droppedFirewall.sum(), duplicates.sum(), processed.sum(), alerts.sum(), archived.sum(),
        reloads.sum(), failed.sum(), droppedInternal.sum());
  }

  /**
   * The counters at one moment.
   *
   * @param received messages accepted into the queue
   * @param droppedQueueFull messages refused because the queue stayed full
   * @param droppedFormat messages OSSEC's pre-decoder refuses (bad location)
   * @param droppedFirewall firewall events without action, addresses or protocol
   * @param duplicates repeated syslog messages suppressed
   * @param processed events that went through rule matching
   * @param alerts alerts written
   * @param archived events written to the archives
   * @param reloads successful ruleset reloads
   * @param failed events the engine failed on (written to the dead-letter file)
   * @param unchanged syscheck, rootcheck and hostinfo messages their decoders drop (nothing new)
   */
  public record Snapshot(long received, long droppedQueueFull, long droppedFormat,
      long droppedFirewall, long duplicates, long processed, long alerts, long archived,
      long reloads, long failed, long unchanged) {}
}
