package org.osprey.analysis.engine;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.rule.Rule;

/**
 * What analysis made of one event.
 *
 * @param event the event (null when pre-decoding dropped the message)
 * @param rule the rule selected (also for level 0 and suppressed alerts), or null
 * @param verdict what happens with it
 */
public record Outcome(@Nullable Event event, @Nullable Rule rule, Verdict verdict) {

  /** Why an event did or did not produce an alert. */
  public enum Verdict {
    /**
     * Dropped before the rules: pre-decoding refused the message (bad location or format; no event),
     * or an internal decoder dropped it (nothing new, ignored, invalid).
     */
    DROPPED,
    /** No rule matched. */
    NO_RULE,
    /** The rule has level 0. */
    LEVEL_ZERO,
    /** The rule's ignore timer is running. */
    IGNORE_TIME,
    /** The event is in the ignore store ({@code check_if_ignored}). */
    IGNORED,
    /** An alert that is recorded but not logged ({@code no_log}). */
    NOT_LOGGED,
    /** An alert to write. */
    ALERT
  }

  /** Whether an alert is to be written. */
  public boolean alert() {
    return verdict == Verdict.ALERT;
  }
}
