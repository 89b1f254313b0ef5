package org.osprey.analysis.pattern;

/**
 * PCRE2 10.42 accepts a lookbehind only when each top-level alternative has a fixed length (nested
 * alternatives must all have the same length). Java accepts more, so the rule is enforced here.
 */
final class LookbehindCheck {
  private static final int VARIABLE = -1;

  private LookbehindCheck() {}

  static void requireFixedLength(Node body, Cursor c, int at) throws PatternException {
    if (body instanceof Node.Alt alt) {
      for (Node a : alt.alternatives()) {
        check(a, c, at);
      }
    } else {
      check(body, c, at);
    }
  }

  private static void check(Node n, Cursor c, int at) throws PatternException {
    if (length(n) == VARIABLE) {
      throw c.error(at, "lookbehind assertion is not fixed length");
    }
  }

  private static int length(Node n) {
    return switch (n) {
      case Node.Lit l -> 1;
      case Node.CharClass cc -> 1;
      case Node.Dot d -> 1;
      case Node.Anchor a -> 0;
      case Node.Look l -> 0;
      case Node.BackRef r -> VARIABLE;
      case Node.Group g -> length(g.body());
      case Node.Atomic a -> length(a.body());
      case Node.Seq s -> {
        int sum = 0;
        for (Node item : s.items()) {
          int len = length(item);
          if (len == VARIABLE) {
            yield VARIABLE;
          }
          sum += len;
        }
        yield sum;
      }
      case Node.Alt alt -> {
        int len = length(alt.alternatives().get(0));
        for (Node a : alt.alternatives()) {
          if (length(a) != len) {
            yield VARIABLE;
          }
        }
        yield len;
      }
      case Node.Repeat r -> {
        // PCRE2 lets a lookahead be quantified inside a lookbehind, nothing else of variable count.
        if (r.body() instanceof Node.Look l && !l.behind()) {
          yield 0;
        }
        int len = length(r.body());
        yield r.max() != r.min() || len == VARIABLE ? VARIABLE : len * r.min();
      }
    };
  }
}
