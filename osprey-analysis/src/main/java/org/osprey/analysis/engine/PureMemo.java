package org.osprey.analysis.engine;

import java.util.Arrays;

/**
 * Results of rules' pure checks for one event, computed ahead (possibly on another thread) so that
 * the in-order pass only evaluates the stateful checks. Two bits per rule: known, and passed.
 */
public final class PureMemo {
  private final long[] known;
  private final long[] passed;

  public PureMemo(int rules) {
    known = new long[(rules + 63) >>> 6];
    passed = new long[known.length];
  }

  /** 1 passed, 0 failed, -1 not computed. */
  int get(int rule) {
    int w = rule >>> 6;
    long bit = 1L << rule;
    if ((known[w] & bit) == 0) {
      return -1;
    }
    return (passed[w] & bit) != 0 ? 1 : 0;
  }

  void put(int rule, boolean ok) {
    int w = rule >>> 6;
    long bit = 1L << rule;
    known[w] |= bit;
    if (ok) {
      passed[w] |= bit;
    }
  }

  public void clear() {
    Arrays.fill(known, 0);
    Arrays.fill(passed, 0);
  }
}
