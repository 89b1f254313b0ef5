package org.osprey.analysis.pattern;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds, at load time, patterns whose backtracking can take super-linear time, so they can run on
 * RE2/J or under a work budget instead. Deliberately narrow: a pattern is flagged only for a concrete
 * shape, and the shape is named in the load report.
 *
 * <ul>
 *   <li><b>Nested quantifier</b>: a repeated group (unbounded, or more than two times) with a variable
 *       part whose characters can also be taken by what follows it inside the group or by the next
 *       repetition, as in {@code (a+)+}, {@code (\w+\s?)+}, {@code (\d+\.\d+)+}. The same text then
 *       splits into repetitions in exponentially many ways.
 *   <li><b>Overlapping alternatives</b> under such a repeat: {@code (a|a)*}, {@code (\w|\d)+}.
 *   <li><b>Overlapping quantifiers in sequence</b>: three or more unbounded quantifiers each able
 *       to run over what follows it, as in {@code .*a.*b.*c} (polynomial of degree three or more
 *       when the search fails).
 * </ul>
 *
 * Not flagged: quantifiers separated by characters they cannot take ({@code (\d+\.)+},
 * {@code \S+ \S+}), bounded small repeats, possessive loops.
 */
final class RiskAnalyzer {
  /** The chain length from which sequences of overlapping quantifiers count as risky. */
  static final int CHAIN_LIMIT = 3;

  /** Why a pattern is risky: a short kind and the offending part of the pattern. */
  record Risk(String kind, String fragment) {}

  private final Cursor text;
  private final CaseFold fold;
  private final Node root;
  /** The alternatives of a top-level alternation (identity). */
  private final java.util.Set<Node> topAlternatives =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private @Nullable Risk found;

  private RiskAnalyzer(Node root, String source, CaseFold fold) {
    this.root = root;
    this.text = new Cursor(source);
    this.fold = fold;
    if (root instanceof Node.Alt alt) {
      topAlternatives.addAll(alt.alternatives());
    }
  }

  /** The first risky shape in {@code root} (parsed from {@code source}), or null. */
  static @Nullable Risk analyze(Node root, String source, CaseFold fold) {
    RiskAnalyzer a = new RiskAnalyzer(root, source, fold);
    a.visit(root);
    return a.found;
  }

  private void visit(Node n) {
    if (found != null) {
      return;
    }
    switch (n) {
      case Node.Repeat r -> {
        checkLoop(r);
        visit(r.body());
      }
      case Node.Group g -> {
        chain(List.of(g), n == root || topAlternatives.contains(n));
        visit(g.body());
      }
      case Node.Atomic a -> visit(a.body());
      case Node.Look l -> visit(l.body());
      case Node.Seq s -> {
        chain(s.items(), n == root || topAlternatives.contains(n));
        s.items().forEach(this::visit);
      }
      case Node.Alt a -> a.alternatives().forEach(this::visit);
      default -> {}
    }
  }

  private static boolean heavy(Node.Repeat r) {
    return r.unbounded() || r.max() > 2;
  }

  private void checkLoop(Node.Repeat r) {
    if (!heavy(r) || r.mode() == Node.Mode.POSSESSIVE || found != null) {
      return;
    }
    Node body = r.body();
    List<Node.Repeat> ambiguous = new ArrayList<>();
    follow(body, Analysis.first(body, fold), ambiguous);
    for (Node.Repeat q : ambiguous) {
      if (r.unbounded() || q.unbounded() || r.max() > 16) {
        found = new Risk("nested quantifier", fragment(r.start(), r.end()));
        return;
      }
    }
    Node.Alt alt = overlappingAlternation(body);
    if (alt != null) {
      found = new Risk("overlapping alternatives under a quantifier", fragment(r.start(), r.end()));
    }
  }

  /**
   * Walks {@code n}, where {@code next} is what can follow it, and collects the variable repeats
   * whose own characters overlap what can follow them.
   */
  private void follow(Node n, CodePointSet next, List<Node.Repeat> out) {
    switch (n) {
      case Node.Seq s -> {
        CodePointSet cur = next;
        List<Node> items = s.items();
        for (int i = items.size() - 1; i >= 0; i--) {
          Node item = items.get(i);
          follow(item, cur, out);
          CodePointSet f = Analysis.first(item, fold);
          cur = Analysis.nullable(item) ? f.union(cur) : f;
        }
      }
      case Node.Alt a -> a.alternatives().forEach(alt -> follow(alt, next, out));
      case Node.Group g -> follow(g.body(), next, out);
      case Node.Atomic a -> follow(a.body(), next, out);
      case Node.Repeat q -> {
        if (q.variable() && next.intersects(Analysis.chars(q.body(), fold))) {
          out.add(q);
        }
        follow(q.body(), q.loops() ? next.union(Analysis.first(q.body(), fold)) : next, out);
      }
      default -> {}
    }
  }

  /** An alternation inside {@code n} whose branches can start alike (or both be empty). */
  private Node.@Nullable Alt overlappingAlternation(Node n) {
    return switch (n) {
      case Node.Alt a -> {
        List<Node> alts = a.alternatives();
        for (int i = 0; i < alts.size(); i++) {
          for (int j = i + 1; j < alts.size(); j++) {
            boolean bothEmpty = Analysis.nullable(alts.get(i)) && Analysis.nullable(alts.get(j));
            if (bothEmpty
                || Analysis.first(alts.get(i), fold).intersects(Analysis.first(alts.get(j), fold))) {
              yield a;
            }
          }
        }
        Node.Alt inner = null;
        for (Node alt : alts) {
          inner = inner != null ? inner : overlappingAlternation(alt);
        }
        yield inner;
      }
      case Node.Seq s -> {
        Node.Alt inner = null;
        for (Node item : s.items()) {
          inner = inner != null ? inner : overlappingAlternation(item);
        }
        yield inner;
      }
      case Node.Group g -> overlappingAlternation(g.body());
      case Node.Atomic a -> overlappingAlternation(a.body());
      case Node.Repeat r -> overlappingAlternation(r.body());
      default -> null;
    };
  }

  /**
   * Looks for {@link #CHAIN_LIMIT} unbounded quantifiers in a (flattened) sequence, each able to run
   * over what follows it ({@code .*a.*b.*c}: {@code .*} can take the {@code a}), so that a failing
   * search tries every combination of split points. A top-level chain whose remainder needs only the
   * characters its quantifiers ran over ({@code ^\S+\|(\S+)\|(\S+)\|}) is not flagged: more of
   * those characters only make the match succeed sooner.
   */
  private void chain(List<Node> items, boolean topLevel) {
    List<Node> flat = new ArrayList<>();
    flatten(items, flat);
    int count = 0;
    int chainStart = 0;
    int lastEnd = 0;
    int lastIndex = -1;
    CodePointSet prev = CodePointSet.EMPTY;
    CodePointSet separators = CodePointSet.EMPTY;
    CodePointSet pending = CodePointSet.EMPTY;
    boolean sawSeparator = false;
    for (int i = 0; i < flat.size() && found == null; i++) {
      Node e = flat.get(i);
      if (e instanceof Node.Repeat r && r.unbounded() && r.mode() != Node.Mode.POSSESSIVE) {
        if (count > 0 && (sawSeparator || prev.intersects(Analysis.first(r.body(), fold)))) {
          count++;
          separators = separators.union(pending);
        } else {
          judge(count, flat, lastIndex, separators, chainStart, lastEnd, topLevel);
          count = 1;
          separators = CodePointSet.EMPTY;
          chainStart = r.start();
        }
        prev = Analysis.chars(r.body(), fold);
        pending = CodePointSet.EMPTY;
        sawSeparator = false;
        lastEnd = r.end();
        lastIndex = i;
      } else if (count > 0 && !Analysis.nullable(e)) {
        if (prev.intersects(Analysis.first(e, fold))) {
          pending = pending.union(Analysis.chars(e, fold));
          sawSeparator = true;
        } else {
          judge(count, flat, lastIndex, separators, chainStart, lastEnd, topLevel);
          count = 0;
        }
      }
    }
    judge(count, flat, lastIndex, separators, chainStart, lastEnd, topLevel);
  }

  private void judge(
      int count, List<Node> flat, int lastIndex, CodePointSet separators, int start, int end, boolean top) {
    if (count < CHAIN_LIMIT || found != null) {
      return;
    }
    boolean harmlessTail = top;
    for (int i = lastIndex + 1; i < flat.size() && harmlessTail; i++) {
      CodePointSet cs = Analysis.chars(flat.get(i), fold);
      harmlessTail = cs.intersect(separators.complement()).isEmpty();
    }
    if (!harmlessTail) {
      found = new Risk("overlapping quantifiers in sequence", fragment(start, end));
    }
  }

  /** Inlines groups that hold a plain sequence or a single item, so {@code (\S+) (\S+)} is seen whole. */
  private static void flatten(List<Node> items, List<Node> out) {
    for (Node item : items) {
      if (item instanceof Node.Group g && !(g.body() instanceof Node.Alt)) {
        flatten(g.body() instanceof Node.Seq s ? s.items() : List.of(g.body()), out);
      } else {
        out.add(item);
      }
    }
  }

  private String fragment(int start, int end) {
    String s = text.text(start, end);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
