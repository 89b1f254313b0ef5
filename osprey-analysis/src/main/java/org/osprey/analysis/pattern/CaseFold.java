package org.osprey.analysis.pattern;

import java.util.HashMap;
import java.util.Map;

/**
 * Caseless matching as PCRE2 does it, done on sets so that every engine sees the same answer.
 *
 * <p>{@link #ASCII} is PCRE2 without UTF (its built-in "C" locale tables): only A-Z and a-z fold.
 * {@link #UNICODE} is PCRE2 in UTF mode: characters fold within their Unicode case-folding orbit (so
 * {@code k} also matches the Kelvin sign and {@code s} the long s). The orbits are derived from the
 * JDK's case mappings, leaving out the two Turkic mappings ({@code İ}→{@code i}, {@code ı}→{@code I})
 * that Unicode's CaseFolding.txt only lists as special ("T") entries and PCRE2 ignores.
 */
enum CaseFold {
  ASCII {
    @Override
    CodePointSet fold(CodePointSet set) {
      CodePointSet lower = set.intersect(CodePointSet.range('a', 'z'));
      CodePointSet upper = set.intersect(CodePointSet.range('A', 'Z'));
      CodePointSet.Builder b = new CodePointSet.Builder().addAll(set);
      for (int i = 0; i < lower.rangeCount(); i++) {
        b.add(lower.rangeStart(i) - 32, lower.rangeEnd(i) - 32);
      }
      for (int i = 0; i < upper.rangeCount(); i++) {
        b.add(upper.rangeStart(i) + 32, upper.rangeEnd(i) + 32);
      }
      return b.build();
    }
  },
  UNICODE {
    @Override
    CodePointSet fold(CodePointSet set) {
      Orbits orbits = Orbits.INSTANCE;
      CodePointSet.Builder b = new CodePointSet.Builder().addAll(set);
      boolean grew = false;
      for (int cp : orbits.members) {
        if (set.contains(cp)) {
          for (int other : orbits.orbit.get(cp)) {
            b.add(other);
            grew = true;
          }
        }
      }
      return grew ? b.build() : set;
    }
  };

  /** The set plus every character that matches one of its members caselessly. */
  abstract CodePointSet fold(CodePointSet set);

  /** The Unicode case orbits, built once on first use (about 2,800 characters fold). */
  private static final class Orbits {
    static final Orbits INSTANCE = new Orbits();

    /** Code points that have at least one other case, ascending. */
    final int[] members;

    /** Each member's orbit (including itself). */
    final Map<Integer, int[]> orbit = new HashMap<>();

    private Orbits() {
      Map<Integer, Integer> parent = new HashMap<>();
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        if (cp == 0x130 || cp == 0x131) {
          continue;
        }
        link(parent, cp, Character.toLowerCase(cp));
        link(parent, cp, Character.toUpperCase(cp));
        link(parent, cp, Character.toTitleCase(cp));
      }
      Map<Integer, java.util.List<Integer>> groups = new HashMap<>();
      for (Integer cp : parent.keySet()) {
        groups.computeIfAbsent(find(parent, cp), k -> new java.util.ArrayList<>()).add(cp);
      }
      java.util.List<Integer> all = new java.util.ArrayList<>();
      for (java.util.List<Integer> g : groups.values()) {
        if (g.size() < 2) {
          continue;
        }
        int[] members = g.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int m : members) {
          orbit.put(m, members);
          all.add(m);
        }
      }
      members = all.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static void link(Map<Integer, Integer> parent, int a, int b) {
      if (a == b || b == 0x130 || b == 0x131) {
        return;
      }
      int ra = find(parent, a);
      int rb = find(parent, b);
      if (ra != rb) {
        parent.put(ra, rb);
      }
    }

    private static int find(Map<Integer, Integer> parent, int cp) {
      int root = cp;
      Integer p;
      while ((p = parent.get(root)) != null && p != root) {
        root = p;
      }
      parent.putIfAbsent(cp, cp);
      parent.putIfAbsent(root, root);
      int cur = cp;
      while (cur != root) {
        int next = parent.get(cur);
        parent.put(cur, root);
        cur = next;
      }
      return root;
    }
  }
}
