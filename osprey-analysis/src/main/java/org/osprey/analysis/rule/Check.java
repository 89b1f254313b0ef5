package org.osprey.analysis.rule;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.pattern.OsPattern;

/**
 * One condition of a rule. Checks run in OSSEC's order; the first that fails ends the rule's check.
 * A {@linkplain #pure() pure} check depends only on the event, so its result may be computed ahead, on
 * any thread; the others read or change engine state (first-time-seen, check_diff, correlation) and
 * run in event order.
 */
public interface Check {
  /** Whether {@code e} passes this check of {@code rule}. */
  boolean test(Event e, Rule rule, RuleContext ctx);

  /** Whether the result depends on the event alone. */
  default boolean pure() {
    return true;
  }

  /** The pattern this check runs, if it runs one (for load reports and prefilters). */
  default @Nullable OsPattern pattern() {
    return null;
  }

  /**
   * A short description for load reports and debugging, e.g. {@code match 'Failed password'}. Two
   * checks with the same description test the same thing (the ruleset checker relies on it).
   */
  String describe();

  /** The decoder name of a {@code decoded_as} check; null for every other check. */
  default @Nullable String decoderName() {
    return null;
  }
}
