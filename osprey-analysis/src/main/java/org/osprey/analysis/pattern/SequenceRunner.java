package org.osprey.analysis.pattern;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs a pattern that is one plain sequence of single-character items, without java.util.regex's
 * node-per-item machinery. Most decoder and rule patterns have this shape once converted from
 * OS_Regex: {@code ^(\S+) \S+ (\S+) \[} is runs of one character class each, separated by
 * literals.
 *
 * <p>The shape, checked by {@link #of}: a sequence (groups flattened) of single characters, classes
 * and dots, each repeated a fixed or variable number of times, with {@code ^} only first and
 * {@code $} or {@code \z} only last. A variable repeat that is possessive, or is followed by items
 * whose first characters it cannot match (through optional items, up to the first required one or
 * the end anchor), has one run length that can succeed: the longest. It is taken at once and never
 * given back. Any other variable repeat gives back (greedy) or takes more (lazy) one character at a
 * time, in the order a backtracking engine tries them, so the match and its captures are the ones
 * java.util.regex reports; the search costs what the same backtracking costs there, and patterns
 * whose backtracking could explode were sent to RE2/J before this runner is considered.
 *
 * <p>Characters are looked up in a 256-bit table per item. A subject with a wider character, which
 * byte-mode text never has, is handed to the pattern's regular runner.
 */
final class SequenceRunner implements Runner {
  private static final int STEP = 0;
  private static final int OPEN = 1;
  private static final int CLOSE = 2;
  private static final int START = 3;
  private static final int END_OR_FINAL_NEWLINE = 4;
  private static final int END = 5;

  private final int[] ops;
  private final int[] args;
  private final long[] bits;
  private final int[] min;
  private final int[] max;
  // Per step: DETERMINED (the run as counted is the only one that can succeed), or GREEDY / LAZY
  // (shorter or longer runs are tried in the order a backtracking engine tries them).
  private final int[] mode;
  private final int groups;
  private final boolean anchored;
  // The step every match starts with, or -1 (an anchor comes first).
  private final int leadStep;
  // Whether a failed attempt may skip past the run of the lead step (see find).
  private final boolean skipFirstRun;
  // Whether the lead step takes at least one character: start positions are first looked for with
  // its table alone.
  private final boolean leadRequired;
  private final Runner wide;

  private static final int DETERMINED = 0;
  private static final int GREEDY = 1;
  private static final int LAZY = 2;

  private SequenceRunner(List<int[]> program, List<CodePointSet> steps, int[] min, int[] max,
      int[] mode, int groups, Runner wide) {
    this.wide = wide;
    this.mode = mode;
    this.ops = program.stream().mapToInt(o -> o[0]).toArray();
    this.args = program.stream().mapToInt(o -> o[1]).toArray();
    this.min = min;
    this.max = max;
    this.groups = groups;
    this.bits = new long[4 * steps.size()];
    for (int s = 0; s < steps.size(); s++) {
      for (int c = 0; c < 256; c++) {
        if (steps.get(s).contains(c)) {
          bits[4 * s + (c >> 6)] |= 1L << c;
        }
      }
    }
    int first = firstNonOpen(program);
    this.anchored = first >= 0 && ops[first] == START;
    this.leadStep = first >= 0 && ops[first] == STEP ? args[first] : -1;
    this.skipFirstRun = leadStep >= 0 && max[leadStep] == Integer.MAX_VALUE;
    this.leadRequired = leadStep >= 0 && min[leadStep] > 0;
  }

  /**
   * The runner of {@code root} (a byte-mode pattern), or null when it does not have the shape
   * described above. {@code wide} runs the same pattern for the rare subject with a character
   * above U+00FF.
   */
  static @Nullable SequenceRunner of(Node root, CaseFold fold, Runner wide) {
    List<int[]> program = new ArrayList<>();
    List<Node.Repeat> repeats = new ArrayList<>();
    int[] groups = {0};
    if (!flatten(root, program, repeats, groups)) {
      return null;
    }
    List<CodePointSet> steps = new ArrayList<>();
    for (Node.Repeat r : repeats) {
      steps.add(Analysis.chars(r.body(), fold));
    }
    int n = repeats.size();
    int[] min = new int[n];
    int[] max = new int[n];
    int[] mode = new int[n];
    for (int k = 0; k < program.size(); k++) {
      int[] op = program.get(k);
      if (op[0] == START && k != firstNonOpen(program)) {
        return null;
      }
      if ((op[0] == END || op[0] == END_OR_FINAL_NEWLINE) && !onlyClosesAfter(program, k)) {
        return null;
      }
      if (op[0] != STEP) {
        continue;
      }
      Node.Repeat r = repeats.get(op[1]);
      int s = op[1];
      min[s] = r.min();
      max[s] = r.unbounded() ? Integer.MAX_VALUE : r.max();
      if (r.min() == r.max() || r.mode() == Node.Mode.POSSESSIVE) {
        continue;
      }
      Follow f = follow(program, k, steps);
      if (f.open) {
        // Nothing after it has to match: greedy takes all it can, lazy as little as it may.
        if (r.mode() == Node.Mode.LAZY) {
          max[s] = r.min();
        }
      } else if (f.chars.intersects(steps.get(s))) {
        mode[s] = r.mode() == Node.Mode.LAZY ? LAZY : GREEDY;
      }
    }
    return new SequenceRunner(program, steps, min, max, mode, groups[0], wide);
  }

  /** The index of the first op that is not an OPEN, or -1. */
  private static int firstNonOpen(List<int[]> program) {
    for (int k = 0; k < program.size(); k++) {
      if (program.get(k)[0] != OPEN) {
        return k;
      }
    }
    return -1;
  }

  private static boolean onlyClosesAfter(List<int[]> program, int k) {
    for (int j = k + 1; j < program.size(); j++) {
      if (program.get(j)[0] != CLOSE) {
        return false;
      }
    }
    return true;
  }

  /**
   * What can come after op {@code k}: the first characters of the items up to and including the
   * first required one; {@code open} when every later item may match empty.
   */
  private record Follow(CodePointSet chars, boolean open) {}

  private static Follow follow(List<int[]> program, int k, List<CodePointSet> steps) {
    CodePointSet chars = CodePointSet.EMPTY;
    for (int j = k + 1; j < program.size(); j++) {
      int[] op = program.get(j);
      switch (op[0]) {
        case STEP -> {
          chars = chars.union(steps.get(op[1]));
          if (program.get(j)[2] > 0) {
            return new Follow(chars, false);
          }
        }
        case END_OR_FINAL_NEWLINE -> {
          return new Follow(chars.union(CharSets.NEWLINE), false);
        }
        case END -> {
          return new Follow(chars, false);
        }
        default -> { }
      }
    }
    return new Follow(chars, true);
  }

  /** Appends the ops of {@code n}; false when it is not a plain sequence. */
  private static boolean flatten(Node n, List<int[]> program, List<Node.Repeat> repeats,
      int[] groups) {
    switch (n) {
      case Node.Seq s -> {
        for (Node item : s.items()) {
          if (!flatten(item, program, repeats, groups)) {
            return false;
          }
        }
        return true;
      }
      case Node.Alt a -> {
        return a.alternatives().size() == 1
            && flatten(a.alternatives().getFirst(), program, repeats, groups);
      }
      case Node.Group g -> {
        if (g.index() == 0) {
          return flatten(g.body(), program, repeats, groups);
        }
        if (g.index() != groups[0] + 1) {
          return false;
        }
        groups[0]++;
        program.add(new int[] {OPEN, g.index(), 0});
        if (!flatten(g.body(), program, repeats, groups)) {
          return false;
        }
        program.add(new int[] {CLOSE, g.index(), 0});
        return true;
      }
      case Node.Lit l -> {
        return step(new Node.Repeat(l, 1, 1, Node.Mode.GREEDY, 0, 0), program, repeats);
      }
      case Node.CharClass c -> {
        return step(new Node.Repeat(c, 1, 1, Node.Mode.GREEDY, 0, 0), program, repeats);
      }
      case Node.Dot d -> {
        return step(new Node.Repeat(d, 1, 1, Node.Mode.GREEDY, 0, 0), program, repeats);
      }
      case Node.Repeat r -> {
        boolean single = r.body() instanceof Node.Lit || r.body() instanceof Node.CharClass
            || r.body() instanceof Node.Dot;
        return single && r.max() != 0 && step(r, program, repeats);
      }
      case Node.Anchor a -> {
        int op = switch (a.kind()) {
          case START_OF_SUBJECT -> START;
          case END_OR_FINAL_NEWLINE -> END_OR_FINAL_NEWLINE;
          case END_OF_SUBJECT -> END;
          default -> -1;
        };
        if (op < 0) {
          return false;
        }
        program.add(new int[] {op, 0, 0});
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean step(Node.Repeat r, List<int[]> program, List<Node.Repeat> repeats) {
    program.add(new int[] {STEP, repeats.size(), r.min()});
    repeats.add(r);
    return true;
  }

  @Override
  public int find(CharSequence text, int from, @Nullable Captures captures) {
    int len = text.length();
    int last = anchored ? from : len;
    int start = from;
    int lead = !anchored && leadRequired ? leadStep : -1;
    while (start <= last) {
      if (lead >= 0) {
        char c = 0;
        while (start < len && (c = text.charAt(start)) < 256 && !in(lead, c)) {
          start++;
        }
        if (start >= len) {
          return -1;
        }
      }
      int end = match(text, from, 0, start, len, null);
      if (end == WIDE) {
        return wide.find(text, from, captures);
      }
      if (end >= 0) {
        if (captures != null) {
          captures.clear();
          if (groups > 0) {
            int[] spans = new int[2 * groups + 2];
            match(text, from, 0, start, len, spans);
            for (int g = 1; g <= groups && captures.size() < Captures.MAX; g++) {
              captures.add(text.subSequence(spans[2 * g], spans[2 * g + 1]).toString());
            }
          }
        }
        return end;
      }
      int next = start + 1;
      if (skipFirstRun) {
        // Later starts inside the first item's run end that run at the same place and go on the
        // same way, so they fail too.
        int p = start;
        char c;
        while (p < len && (c = text.charAt(p)) < 256 && in(leadStep, c)) {
          p++;
        }
        next = Math.max(next, p);
      }
      start = next;
    }
    return -1;
  }

  private static final int WIDE = -2;

  /**
   * Matches ops {@code k..} at {@code p}: the end of the match, -1 for none, or {@link #WIDE} when a
   * character above U+00FF was met; records group spans when asked. Recurses only at a step that
   * may have to give back.
   */
  private int match(CharSequence text, int from, int k, int p, int len, int @Nullable [] spans) {
    for (; k < ops.length; k++) {
      switch (ops[k]) {
        case STEP -> {
          int s = args[k];
          int limit = max[s];
          int run = 0;
          while (run < limit && p + run < len) {
            char c = text.charAt(p + run);
            if (c >= 256) {
              return WIDE;
            }
            if ((bits[4 * s + (c >> 6)] & (1L << c)) == 0) {
              break;
            }
            run++;
          }
          int least = min[s];
          if (run < least) {
            return -1;
          }
          if (mode[s] == GREEDY) {
            for (int r = run; r >= least; r--) {
              int end = match(text, from, k + 1, p + r, len, spans);
              if (end != -1) {
                return end;
              }
            }
            return -1;
          }
          if (mode[s] == LAZY) {
            for (int r = least; r <= run; r++) {
              int end = match(text, from, k + 1, p + r, len, spans);
              if (end != -1) {
                return end;
              }
            }
            return -1;
          }
          p += run;
        }
        case OPEN -> {
          if (spans != null) {
            spans[2 * args[k]] = p;
          }
        }
        case CLOSE -> {
          if (spans != null) {
            spans[2 * args[k] + 1] = p;
          }
        }
        case START -> {
          if (p != from) {
            return -1;
          }
        }
        case END_OR_FINAL_NEWLINE -> {
          if (p != len && (p != len - 1 || text.charAt(p) != '\n')) {
            return -1;
          }
        }
        default -> {
          if (p != len) {
            return -1;
          }
        }
      }
    }
    return p;
  }

  private boolean in(int step, char c) {
    return (bits[4 * step + (c >> 6)] & (1L << c)) != 0;
  }

  @Override
  public long aborted() {
    return wide.aborted();
  }
}
