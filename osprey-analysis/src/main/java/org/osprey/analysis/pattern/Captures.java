package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/**
 * A reusable holder for the captures of one match, compacted as OSSEC does: groups that did not take
 * part are skipped and later ones shift down; at most {@link #MAX} are kept. One instance per thread;
 * {@link OsPattern#find} clears it before filling it.
 */
public final class Captures {
  /** OSSEC copies at most 64 captures. */
  public static final int MAX = 64;

  private final String[] values = new String[MAX];
  private int count;

  /** Forgets every capture. */
  public void clear() {
    for (int i = 0; i < count; i++) {
      values[i] = null;
    }
    count = 0;
  }

  /** Appends a capture; beyond {@link #MAX} it is dropped. */
  public void add(String value) {
    if (count < MAX) {
      values[count++] = value;
    }
  }

  /** The number of captures held. */
  public int size() {
    return count;
  }

  /** Capture {@code i} (0-based, after compaction). */
  public String get(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException(i);
    }
    return values[i];
  }

  /** Capture {@code i}, or null when there are fewer. */
  public @Nullable String getOrNull(int i) {
    return i >= 0 && i < count ? values[i] : null;
  }
}
