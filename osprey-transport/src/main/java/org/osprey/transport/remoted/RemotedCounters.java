package org.osprey.transport.remoted;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.osprey.daemon.CounterBoard;
import org.osprey.transport.codec.CodecException;

/** remoted's counters, published to the state file. Thread-safe. */
public final class RemotedCounters {
  final LongAdder datagrams = new LongAdder();
  final LongAdder events = new LongAdder();
  final LongAdder control = new LongAdder();
  final LongAdder unknownAgent = new LongAdder();
  final LongAdder cipherRefused = new LongAdder();
  final LongAdder duplicate = new LongAdder();
  final LongAdder replayed = new LongAdder();
  final LongAdder badEvent = new LongAdder();
  final LongAdder sent = new LongAdder();
  final LongAdder sendFailed = new LongAdder();
  final LongAdder seqDuplicate = new LongAdder();
  final LongAdder seqGap = new LongAdder();
  final LongAdder overload = new LongAdder();
  final Map<CodecException.Reason, LongAdder> rejected = new EnumMap<>(CodecException.Reason.class);

  RemotedCounters() {
    for (CodecException.Reason r : CodecException.Reason.values()) {
      rejected.put(r, new LongAdder());
    }
  }

  void publish(CounterBoard board) {
    board.publish("datagrams", datagrams::sum);
    board.publish("events", events::sum);
    board.publish("control", control::sum);
    board.publish("unknown_agent", unknownAgent::sum);
    board.publish("cipher_refused", cipherRefused::sum);
    board.publish("duplicate_counter", duplicate::sum);
    board.publish("old_counter", replayed::sum);
    board.publish("bad_event", badEvent::sum);
    board.publish("sent", sent::sum);
    board.publish("send_failed", sendFailed::sum);
    board.publish("seq_duplicate", seqDuplicate::sum);
    board.publish("seq_gap", seqGap::sum);
    board.publish("overload", overload::sum);
    rejected.forEach((r, a) -> board.publish("rejected_" + r.name().toLowerCase(java.util.Locale.ROOT), a::sum));
  }

  /** Events put on the analysis queue. */
  public long events() {
    return events.sum();
  }

  /** Datagrams refused by the codec, every reason. */
  public long rejected() {
    return rejected.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Datagrams refused as replays (duplicate or old counters). */
  public long replays() {
    return duplicate.sum() + replayed.sum();
  }

  /** Datagrams from senders with no key. */
  public long unknownAgents() {
    return unknownAgent.sum();
  }
}
