package org.osprey.transport.codec;

/**
 * A message counter pair (spec §3.8): the global counter (10 digits, unsigned 32-bit) and the local one
 * (1…9997 on a sender). Ordered by global, then local.
 */
public record Counter(long global, int local) implements Comparable<Counter> {
  /** The largest local value a sender uses before it moves the global counter on. */
  public static final int LOCAL_WRAP = 9997;

  public static final Counter ZERO = new Counter(0, 0);

  public Counter {
    if (global < 0 || global > 0xffffffffL) {
      throw new IllegalArgumentException("global counter out of range: " + global);
    }
    if (local < 0 || local > 9999) {
      throw new IllegalArgumentException("local counter out of range: " + local);
    }
  }

  /** The sender's next pair: local 1…9997, then global + 1 and local 1. */
  public Counter next() {
    if (local >= LOCAL_WRAP) {
      return new Counter((global + 1) & 0xffffffffL, 1);
    }
    return new Counter(global, local + 1);
  }

  @Override
  public int compareTo(Counter o) {
    int c = Long.compare(global, o.global);
    return c != 0 ? c : Integer.compare(local, o.local);
  }

  /** The rids file text {@code G:L:}. */
  public String fileText() {
    return global + ":" + local + ":";
  }

  /** Parses the rids text ({@code %u:%u}); anything unparseable is 0:0, as in OSSEC. */
  public static Counter parseFile(String text) {
    String[] parts = text.strip().split(":", -1);
    if (parts.length < 2) {
      return ZERO;
    }
    try {
      long g = Long.parseLong(parts[0]);
      int l = Integer.parseInt(parts[1]);
      return new Counter(g, l);
    } catch (IllegalArgumentException e) {
      return ZERO;
    }
  }

  @Override
  public String toString() {
    return global + ":" + local;
  }
}
