package org.osprey.analysis.pattern;

import java.util.Arrays;

/**
 * An immutable set of code points, kept as sorted, disjoint, non-adjacent inclusive ranges. Character
 * classes, escapes and literals all become one of these, so that case folding, negation and the
 * overlap tests of {@link RiskAnalyzer} are exact set operations.
 */
final class CodePointSet {
  static final int MAX = Character.MAX_CODE_POINT;
  static final CodePointSet EMPTY = new CodePointSet(new int[0]);
  static final CodePointSet ALL = new CodePointSet(new int[] {0, MAX});

  /** start0, end0, start1, end1, ... */
  private final int[] ranges;

  private CodePointSet(int[] ranges) {
    this.ranges = ranges;
  }

  static CodePointSet of(int cp) {
    return new CodePointSet(new int[] {cp, cp});
  }

  static CodePointSet range(int lo, int hi) {
    return lo > hi ? EMPTY : new CodePointSet(new int[] {lo, hi});
  }

  /** Several code points (any order, duplicates allowed). */
  static CodePointSet ofAll(int... cps) {
    Builder b = new Builder();
    for (int cp : cps) {
      b.add(cp, cp);
    }
    return b.build();
  }

  boolean isEmpty() {
    return ranges.length == 0;
  }

  int rangeCount() {
    return ranges.length / 2;
  }

  int rangeStart(int i) {
    return ranges[2 * i];
  }

  int rangeEnd(int i) {
    return ranges[2 * i + 1];
  }

  /** The number of code points in the set. */
  long size() {
    long n = 0;
    for (int i = 0; i < ranges.length; i += 2) {
      n += ranges[i + 1] - ranges[i] + 1L;
    }
    return n;
  }

  boolean contains(int cp) {
    int lo = 0;
    int hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < ranges[2 * mid]) {
        hi = mid - 1;
      } else if (cp > ranges[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Whether the single member is {@code cp}. */
  boolean isSingle() {
    return ranges.length == 2 && ranges[0] == ranges[1];
  }

  /** The smallest member; the set must not be empty. */
  int first() {
    return ranges[0];
  }

  CodePointSet union(CodePointSet other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    Builder b = new Builder();
    b.addAll(this);
    b.addAll(other);
    return b.build();
  }

  CodePointSet complement() {
    Builder b = new Builder();
    int next = 0;
    for (int i = 0; i < ranges.length; i += 2) {
      if (ranges[i] > next) {
        b.add(next, ranges[i] - 1);
      }
      next = ranges[i + 1] + 1;
    }
    if (next <= MAX) {
      b.add(next, MAX);
    }
    return b.build();
  }

  CodePointSet intersect(CodePointSet other) {
    return complement().union(other.complement()).complement();
  }

  boolean intersects(CodePointSet other) {
    int i = 0;
    int j = 0;
    while (i < ranges.length && j < other.ranges.length) {
      int aLo = ranges[i];
      int aHi = ranges[i + 1];
      int bLo = other.ranges[j];
      int bHi = other.ranges[j + 1];
      if (aHi < bLo) {
        i += 2;
      } else if (bHi < aLo) {
        j += 2;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The members within {@code [lo, hi]}. */
  CodePointSet clip(int lo, int hi) {
    return intersect(range(lo, hi));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodePointSet s && Arrays.equals(ranges, s.ranges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ranges);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < ranges.length; i += 2) {
      sb.append(Integer.toHexString(ranges[i]));
      if (ranges[i + 1] != ranges[i]) {
        sb.append('-').append(Integer.toHexString(ranges[i + 1]));
      }
      sb.append(i + 2 < ranges.length ? " " : "");
    }
    return sb.append(']').toString();
  }

  /** Collects ranges in any order. */
  static final class Builder {
    private int[] buf = new int[16];
    private int len;

    Builder add(int lo, int hi) {
      if (lo > hi) {
        return this;
      }
      if (len + 2 > buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      buf[len++] = lo;
      buf[len++] = hi;
      return this;
    }

    Builder add(int cp) {
      return add(cp, cp);
    }

    Builder addAll(CodePointSet set) {
      for (int i = 0; i < set.ranges.length; i += 2) {
        add(set.ranges[i], set.ranges[i + 1]);
      }
      return this;
    }

    CodePointSet build() {
      int n = len / 2;
      if (n == 0) {
        return EMPTY;
      }
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = ((long) buf[2 * i] << 32) | (buf[2 * i + 1] & 0xFFFFFFFFL);
      }
      Arrays.sort(packed);
      int[] out = new int[len];
      int o = 0;
      for (long p : packed) {
        int lo = (int) (p >>> 32);
        int hi = (int) p;
        if (o > 0 && lo <= out[o - 1] + 1) {
          out[o - 1] = Math.max(out[o - 1], hi);
        } else {
          out[o++] = lo;
          out[o++] = hi;
        }
      }
      return new CodePointSet(Arrays.copyOf(out, o));
    }
  }
}
