package org.osprey.analysis.pattern;

/** Static facts about a node, used to decide how risky and how portable a pattern is. */
final class Analysis {
  private Analysis() {}

  /** Whether the node can match the empty string. */
  static boolean nullable(Node n) {
    return switch (n) {
      case Node.Lit l -> false;
      case Node.CharClass c -> false;
      case Node.Dot d -> false;
      case Node.Anchor a -> true;
      case Node.Look l -> true;
      case Node.BackRef r -> true;
      case Node.Group g -> nullable(g.body());
      case Node.Atomic a -> nullable(a.body());
      case Node.Repeat r -> r.min() == 0 || nullable(r.body());
      case Node.Seq s -> s.items().stream().allMatch(Analysis::nullable);
      case Node.Alt a -> a.alternatives().stream().anyMatch(Analysis::nullable);
    };
  }

  /** Every character the node can consume (an over-approximation for backreferences). */
  static CodePointSet chars(Node n, CaseFold fold) {
    return switch (n) {
      case Node.Lit l -> l.caseless() ? fold.fold(CodePointSet.of(l.cp())) : CodePointSet.of(l.cp());
      case Node.CharClass c -> c.effective(fold);
      case Node.Dot d -> d.dotAll() ? CodePointSet.ALL : CharSets.NEWLINE.complement();
      case Node.Anchor a -> CodePointSet.EMPTY;
      case Node.Look l -> CodePointSet.EMPTY;
      case Node.BackRef r -> CodePointSet.ALL;
      case Node.Group g -> chars(g.body(), fold);
      case Node.Atomic a -> chars(a.body(), fold);
      case Node.Repeat r -> r.max() == 0 ? CodePointSet.EMPTY : chars(r.body(), fold);
      case Node.Seq s -> {
        CodePointSet all = CodePointSet.EMPTY;
        for (Node item : s.items()) {
          all = all.union(chars(item, fold));
        }
        yield all;
      }
      case Node.Alt a -> {
        CodePointSet all = CodePointSet.EMPTY;
        for (Node alt : a.alternatives()) {
          all = all.union(chars(alt, fold));
        }
        yield all;
      }
    };
  }

  /** The characters a non-empty match of the node can start with. */
  static CodePointSet first(Node n, CaseFold fold) {
    return switch (n) {
      case Node.Lit l -> chars(l, fold);
      case Node.CharClass c -> chars(c, fold);
      case Node.Dot d -> chars(d, fold);
      case Node.Anchor a -> CodePointSet.EMPTY;
      case Node.Look l -> CodePointSet.EMPTY;
      case Node.BackRef r -> CodePointSet.ALL;
      case Node.Group g -> first(g.body(), fold);
      case Node.Atomic a -> first(a.body(), fold);
      case Node.Repeat r -> r.max() == 0 ? CodePointSet.EMPTY : first(r.body(), fold);
      case Node.Seq s -> {
        CodePointSet all = CodePointSet.EMPTY;
        for (Node item : s.items()) {
          all = all.union(first(item, fold));
          if (!nullable(item)) {
            break;
          }
        }
        yield all;
      }
      case Node.Alt a -> {
        CodePointSet all = CodePointSet.EMPTY;
        for (Node alt : a.alternatives()) {
          all = all.union(first(alt, fold));
        }
        yield all;
      }
    };
  }

  /**
   * Whether the JDK could keep a capture from an abandoned attempt at an earlier start position:
   * captures inside atomic groups, possessive repeats or lookarounds (which the JDK does not undo
   * when what follows fails), or inside a repeated group that can match the empty string.
   */
  static boolean jdkCaptureLeaks(Node n) {
    return switch (n) {
      case Node.Atomic a -> hasCapture(a.body()) || jdkCaptureLeaks(a.body());
      case Node.Look l -> hasCapture(l.body()) || jdkCaptureLeaks(l.body());
      case Node.Repeat r ->
          (r.mode() == Node.Mode.POSSESSIVE && hasCapture(r.body()))
              || (r.loops() && nullable(r.body()) && hasCapture(r.body()))
              || jdkCaptureLeaks(r.body());
      case Node.Group g -> jdkCaptureLeaks(g.body());
      case Node.Seq s -> s.items().stream().anyMatch(Analysis::jdkCaptureLeaks);
      case Node.Alt a -> a.alternatives().stream().anyMatch(Analysis::jdkCaptureLeaks);
      default -> false;
    };
  }

  /**
   * Whether the JDK recurses once per repetition somewhere in {@code n}: an unbounded (or long)
   * repeat of anything but a single character, which can overflow the stack on long subjects.
   */
  static boolean recursesPerRepetition(Node n) {
    return switch (n) {
      case Node.Repeat r ->
          ((r.unbounded() || r.max() > 1000)
                  && !(r.body() instanceof Node.Lit
                      || r.body() instanceof Node.CharClass
                      || r.body() instanceof Node.Dot))
              || recursesPerRepetition(r.body());
      case Node.Group g -> recursesPerRepetition(g.body());
      case Node.Atomic a -> recursesPerRepetition(a.body());
      case Node.Look l -> recursesPerRepetition(l.body());
      case Node.Seq s -> s.items().stream().anyMatch(Analysis::recursesPerRepetition);
      case Node.Alt a -> a.alternatives().stream().anyMatch(Analysis::recursesPerRepetition);
      default -> false;
    };
  }

  /** Whether {@code n} contains a capturing group. */
  static boolean hasCapture(Node n) {
    return switch (n) {
      case Node.Group g -> g.index() > 0 || hasCapture(g.body());
      case Node.Atomic a -> hasCapture(a.body());
      case Node.Look l -> hasCapture(l.body());
      case Node.Repeat r -> hasCapture(r.body());
      case Node.Seq s -> s.items().stream().anyMatch(Analysis::hasCapture);
      case Node.Alt a -> a.alternatives().stream().anyMatch(Analysis::hasCapture);
      default -> false;
    };
  }
}
