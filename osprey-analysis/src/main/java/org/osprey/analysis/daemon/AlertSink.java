package org.osprey.analysis.daemon;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.rule.Rule;

/**
 * Where analysisd's results go: alert files, archives, the firewall log, e-mail and active response.
 * Called from the in-order stage only, one event at a time; {@link #flush()} ends each batch.
 */
public interface AlertSink {
  /**
   * Called for every event after decoding and before rule matching, in order: the hour and day
   * change of the output files and the hourly statistics happen here (a statistics alert is written
   * by the sink itself, with the next alert id).
   */
  default void beforeRules(Event e) {}

  /** An alert to write ({@code no_log} rules never come here); the sink numbers alerts. */
  void alert(Event e, Rule rule);

  /** Every event after analysis, for the archives ({@code logall}); rule is null when none matched. */
  default void archive(Event e, @Nullable Rule rule) {}

  /** A firewall event with action, addresses and protocol, after normalisation. */
  default void firewall(Event e) {}

  /**
   * A message the engine failed on (a bug, never bad input alone): kept with the reason so it is not
   * silently lost.
   */
  default void deadLetter(org.osprey.queue.QueueMessage message, String reason) {}

  /** Makes everything written so far durable. */
  default void flush() {}

  /** A sink that keeps nothing. */
  AlertSink NONE = (e, rule) -> { };
}
