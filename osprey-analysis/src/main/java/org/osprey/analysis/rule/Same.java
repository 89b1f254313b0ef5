package org.osprey.analysis.rule;

/** The {@code same_*}/{@code different_*} filters of a correlation rule. */
public enum Same {
  SRCIP,
  ID,
  SRCPORT,
  DSTPORT,
  USER,
  LOCATION,
  DIFFERENT_URL,
  DIFFERENT_SRCIP,
  DIFFERENT_SRCGEOIP;

  /** Whether this filter belongs to OSSEC's "extra info" group (checked only when one of them is set). */
  boolean extraInfo() {
    return this != SRCIP && this != ID;
  }
}
