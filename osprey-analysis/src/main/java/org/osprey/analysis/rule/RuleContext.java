package org.osprey.analysis.rule;

import org.osprey.analysis.event.Event;

/** What stateful rule checks need from the engine. Implemented by the engine's correlation state. */
public interface RuleContext {

  /** First-time-seen: true when the event's FTS key is new (and records it). */
  boolean firstTimeSeen(Event e);

  /** check_diff: true when the event's log differs from the last one stored for this rule and host. */
  boolean outputChanged(Rule rule, Event e);

  /** Correlation search of a rule with {@code if_matched_*}; true when the rule's count is reached. */
  boolean correlate(Rule rule, Event e);

  /** A CDB list lookup. */
  boolean listLookup(ListCondition list, String value);

  /** A crawler address check (rule 31140); never blocks. */
  boolean validCrawler(String log);
}
