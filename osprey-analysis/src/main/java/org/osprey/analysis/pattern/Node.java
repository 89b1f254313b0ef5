package org.osprey.analysis.pattern;

import java.util.List;

/**
 * The parsed form of a PCRE2 pattern, independent of the engine that will run it. Every node is
 * immutable. Case-insensitivity is recorded per node (inline {@code (?-i)} can switch it off) and
 * applied by the emitters through {@link CaseFold}, never by an engine flag, except for ASCII letters
 * on the JDK where the result is the same.
 */
sealed interface Node {

  /** One character, compared caselessly when {@code caseless}. */
  record Lit(int cp, boolean caseless) implements Node {}

  /**
   * A character class: {@code foldable} (literal members and ranges, which case-folding extends) plus
   * {@code fixed} (escapes, POSIX classes and properties, which it does not), negated or not.
   */
  record CharClass(CodePointSet foldable, CodePointSet fixed, boolean negated, boolean caseless)
      implements Node {

    /** The exact set of characters the class matches under {@code fold}. */
    CodePointSet effective(CaseFold fold) {
      CodePointSet set = (caseless ? fold.fold(foldable) : foldable).union(fixed);
      return negated ? set.complement() : set;
    }

    static CharClass of(CodePointSet fixed) {
      return new CharClass(CodePointSet.EMPTY, fixed, false, false);
    }
  }

  /** {@code .}: any character, or any but newline. */
  record Dot(boolean dotAll) implements Node {}

  /** Items in sequence. */
  record Seq(List<Node> items) implements Node {
    public Seq {
      items = List.copyOf(items);
    }
  }

  /** Alternatives, tried left to right. {@code start}/{@code end} locate it in the source. */
  record Alt(List<Node> alternatives, int start, int end) implements Node {
    public Alt {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** A group; {@code index} is its capture number, or 0 for a non-capturing group. */
  record Group(Node body, int index) implements Node {}

  /** {@code (?>...)}. */
  record Atomic(Node body) implements Node {}

  /** A lookahead or lookbehind assertion. */
  record Look(Node body, boolean behind, boolean negative) implements Node {}

  /** A backreference to capture {@code index}. */
  record BackRef(int index, boolean caseless) implements Node {}

  /** A quantifier; {@code max} is {@link #UNBOUNDED} for no limit. */
  record Repeat(Node body, int min, int max, Mode mode, int start, int end) implements Node {
    static final int UNBOUNDED = -1;

    boolean unbounded() {
      return max == UNBOUNDED;
    }

    /** Whether it can repeat its body more than once. */
    boolean loops() {
      return max == UNBOUNDED || max > 1;
    }

    /** Whether the number of repetitions can vary. */
    boolean variable() {
      return max == UNBOUNDED || min < max;
    }
  }

  /** Greediness of a quantifier. */
  enum Mode {
    GREEDY,
    LAZY,
    POSSESSIVE
  }

  /** A zero-width anchor. */
  record Anchor(Kind kind) implements Node {}

  /** Anchors, named after what they assert. */
  enum Kind {
    /** {@code ^}: start of subject. */
    START_OF_SUBJECT,
    /** {@code ^} under (?m): start of subject or after a newline that is not the last character. */
    START_OF_LINE,
    /** {@code $} and {@code \Z}: end of subject, or before a newline that ends it. */
    END_OR_FINAL_NEWLINE,
    /** {@code $} under (?m): before any newline, or at the end. */
    END_OF_LINE,
    /** {@code \z}: the very end. */
    END_OF_SUBJECT,
    /** {@code \b}. */
    WORD_BOUNDARY,
    /** {@code \B}. */
    NOT_WORD_BOUNDARY
  }
}
