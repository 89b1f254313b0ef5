package org.osprey.analysis.rule;

/** Which event list a correlation rule searches. */
public enum Correlation {
  /** No correlation. */
  NONE,
  /** {@code if_matched_sid}: the list of events whose final rule was that sid. */
  SID,
  /** {@code if_matched_group}: the list of events whose final rule's group matched. */
  GROUP,
  /** {@code if_matched_regex}: the global event list. */
  EVENTS
}
