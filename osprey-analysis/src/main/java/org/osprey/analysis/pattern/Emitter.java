package org.osprey.analysis.pattern;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Node} tree as {@code java.util.regex} or RE2/J syntax.
 *
 * <p>Every character is written as itself (ASCII letters and digits) or as {@code \x{h}}, and every
 * class as an explicit, already case-folded set, so neither engine's own class syntax or case rules
 * can change the meaning. Two targets per engine: <b>byte</b> (PCRE2 without UTF: one char per byte,
 * ASCII folding; on the JDK ASCII letters are left to {@code CASE_INSENSITIVE}, which folds them the
 * same way) and <b>utf</b> (PCRE2 in UTF mode: Unicode folding, written out in full, no engine flag).
 */
final class Emitter {
  /** RE2's limit on counted repetition. */
  static final int RE2_MAX_REPEAT = 1000;

  private final boolean re2j;
  private final boolean utf;
  private final CaseFold fold;
  private final StringBuilder out = new StringBuilder();
  /** JDK byte target only: whether CASE_INSENSITIVE is in force at this point of the output. */
  private boolean ci = true;
  private boolean newlineSensitive;
  /** Inside a negative lookaround: its depth, and the groups backreferences there use. */
  private int negativeDepth;
  private java.util.Set<Integer> referencedInNegative = java.util.Set.of();

  private Emitter(boolean re2j, boolean utf) {
    this.re2j = re2j;
    this.utf = utf;
    this.fold = utf ? CaseFold.UNICODE : CaseFold.ASCII;
  }

  /** The emitted pattern, and whether its anchors need the JDK for subjects ending in a newline. */
  record Emitted(String pattern, boolean newlineSensitive) {}

  /** For {@code java.util.regex}: byte target with CASE_INSENSITIVE|UNIX_LINES, utf with UNIX_LINES. */
  static String jdk(Node root, boolean utf) {
    Emitter e = new Emitter(false, utf);
    e.emit(root);
    return e.out.toString();
  }

  /** For RE2/J without flags; the tree must have passed {@link #re2jObstacle}. */
  static Emitted re2j(Node root, boolean utf) {
    Emitter e = new Emitter(true, utf);
    e.emit(root);
    return new Emitted(e.out.toString(), e.newlineSensitive);
  }

  /** Why RE2/J cannot run {@code n} with the same results, or null if it can. */
  static @Nullable String re2jObstacle(Node n) {
    return switch (n) {
      case Node.Look l -> "lookaround";
      case Node.Atomic a -> "atomic group";
      case Node.BackRef r -> "backreference";
      case Node.Repeat r -> {
        if (r.mode() == Node.Mode.POSSESSIVE) {
          yield "possessive quantifier";
        }
        if (r.min() > RE2_MAX_REPEAT || r.max() > RE2_MAX_REPEAT) {
          yield "repeat count above " + RE2_MAX_REPEAT;
        }
        if (r.loops() && Analysis.nullable(r.body())) {
          yield "repeated group that can match the empty string";
        }
        yield re2jObstacle(r.body());
      }
      case Node.Group g -> re2jObstacle(g.body());
      case Node.Seq s -> firstObstacle(s.items());
      case Node.Alt a -> firstObstacle(a.alternatives());
      default -> null;
    };
  }

  private static @Nullable String firstObstacle(java.util.List<Node> nodes) {
    for (Node n : nodes) {
      String o = re2jObstacle(n);
      if (o != null) {
        return o;
      }
    }
    return null;
  }

  private void emit(Node n) {
    switch (n) {
      case Node.Lit l -> literal(l);
      case Node.CharClass cc -> set(cc.effective(fold));
      case Node.Dot d -> set(d.dotAll() ? CodePointSet.ALL : CharSets.NEWLINE.complement());
      case Node.Seq s -> {
        for (Node item : s.items()) {
          if (item instanceof Node.Alt) {
            group("(?:", item);
          } else {
            emit(item);
          }
        }
      }
      case Node.Alt a -> {
        boolean first = true;
        for (Node alt : a.alternatives()) {
          if (!first) {
            out.append('|');
          }
          first = false;
          emit(alt);
        }
      }
      case Node.Group g -> {
        if (g.index() > 0 && negativeDepth > 0 && !referencedInNegative.contains(g.index())) {
          // PCRE2 never reports a capture made inside a negative assertion; the JDK can leak one
          // from an attempt where the assertion failed. Keep the number with an empty group that
          // never takes part, and match the body without capturing.
          out.append("(?:(?!)())?");
          group("(?:", g.body());
        } else if (g.index() > 0) {
          group("(", g.body());
        } else if (g.body() instanceof Node.Alt) {
          group("(?:", g.body());
        } else {
          emit(g.body());
        }
      }
      case Node.Atomic a -> group("(?>", a.body());
      case Node.Look l -> {
        String open = l.behind() ? (l.negative() ? "(?<!" : "(?<=") : (l.negative() ? "(?!" : "(?=");
        if (l.negative()) {
          java.util.Set<Integer> saved = referencedInNegative;
          referencedInNegative = new java.util.HashSet<>(saved);
          backRefs(l.body(), referencedInNegative);
          negativeDepth++;
          group(open, l.body());
          negativeDepth--;
          referencedInNegative = saved;
        } else {
          group(open, l.body());
        }
      }
      case Node.BackRef r -> {
        needCaseless(r.caseless());
        out.append("(?:\\").append(r.index()).append(')');
      }
      case Node.Anchor a -> anchor(a.kind());
      case Node.Repeat r -> repeat(r);
    }
  }

  private static void backRefs(Node n, java.util.Set<Integer> out) {
    switch (n) {
      case Node.BackRef r -> out.add(r.index());
      case Node.Group g -> backRefs(g.body(), out);
      case Node.Atomic a -> backRefs(a.body(), out);
      case Node.Look l -> backRefs(l.body(), out);
      case Node.Repeat r -> backRefs(r.body(), out);
      case Node.Seq s -> s.items().forEach(i -> backRefs(i, out));
      case Node.Alt a -> a.alternatives().forEach(i -> backRefs(i, out));
      default -> {}
    }
  }

  private void group(String open, Node body) {
    boolean saved = ci;
    out.append(open);
    emit(body);
    out.append(')');
    ci = saved;
  }

  private void repeat(Node.Repeat r) {
    Node body = r.body();
    while (body instanceof Node.Group g && g.index() == 0 && isAtom(g.body())) {
      body = g.body();
    }
    if (body instanceof Node.Group g && g.index() > 0 && !re2j && Analysis.nullable(g.body())) {
      // The JDK runs a repeated capture of one simple item as a GroupCurly, which never records
      // an empty iteration; PCRE2 does. Nesting it in a plain group makes the JDK record it too.
      group("(?:", body);
    } else if (isAtom(body) || body instanceof Node.Group g && g.index() > 0) {
      emit(body);
    } else if (body instanceof Node.Group g) {
      group("(?:", g.body());
    } else {
      group("(?:", body);
    }
    int min = r.min();
    int max = r.max();
    if (min == 0 && max == Node.Repeat.UNBOUNDED) {
      out.append('*');
    } else if (min == 1 && max == Node.Repeat.UNBOUNDED) {
      out.append('+');
    } else if (min == 0 && max == 1) {
      out.append('?');
    } else if (max == Node.Repeat.UNBOUNDED) {
      out.append('{').append(min).append(",}");
    } else if (min == max) {
      out.append('{').append(min).append('}');
    } else {
      out.append('{').append(min).append(',').append(max).append('}');
    }
    if (r.mode() == Node.Mode.LAZY) {
      out.append('?');
    } else if (r.mode() == Node.Mode.POSSESSIVE) {
      out.append('+');
    }
  }

  /** Emitted as one unit that a quantifier can follow directly. */
  private static boolean isAtom(Node n) {
    return n instanceof Node.Lit
        || n instanceof Node.CharClass
        || n instanceof Node.Dot
        || n instanceof Node.BackRef
        || n instanceof Node.Atomic
        || n instanceof Node.Look;
  }

  private void anchor(Node.Kind kind) {
    switch (kind) {
      case START_OF_SUBJECT -> out.append(re2j ? "\\A" : "^");
      case START_OF_LINE -> {
        out.append("(?m:^)");
        newlineSensitive = true;
      }
      case END_OR_FINAL_NEWLINE -> {
        out.append(re2j ? "\\z" : "$");
        newlineSensitive = true;
      }
      case END_OF_LINE -> out.append("(?m:$)");
      case END_OF_SUBJECT -> out.append("\\z");
      case WORD_BOUNDARY -> out.append("\\b");
      case NOT_WORD_BOUNDARY -> out.append("\\B");
    }
  }

  private void literal(Node.Lit l) {
    int cp = l.cp();
    boolean asciiLetter = cp < 0x80 && Character.isLetter(cp);
    if (!re2j && !utf) {
      if (asciiLetter) {
        needCaseless(l.caseless());
      }
      classChar(cp);
      return;
    }
    if (!l.caseless()) {
      classChar(cp);
      return;
    }
    set(fold.fold(CodePointSet.of(cp)));
  }

  /** JDK byte target: switches CASE_INSENSITIVE on or off before the next item when needed. */
  private void needCaseless(boolean on) {
    if (re2j || utf || ci == on) {
      return;
    }
    out.append(on ? "(?i)" : "(?-i)");
    ci = on;
  }

  private void set(CodePointSet set) {
    CodePointSet s = utf ? set : set.clip(0, 0xFF);
    if (!re2j && !utf && !CaseFold.ASCII.fold(s).equals(s)) {
      needCaseless(false);
    }
    if (s.isEmpty()) {
      out.append("[^\\x{0}-\\x{10FFFF}]");
      return;
    }
    if (s.isSingle()) {
      if (!re2j && !utf && Character.isLetter(s.first()) && s.first() < 0x80) {
        needCaseless(false);
      }
      classChar(s.first());
      return;
    }
    CodePointSet universe = utf ? CodePointSet.ALL : CodePointSet.range(0, 0xFF);
    CodePointSet complement = universe.intersect(s.complement());
    boolean negate;
    if (!re2j && !utf) {
      // The JDK keeps single characters below 256 in one bitmap: list members, never ranges.
      negate = complement.size() < s.size();
      CodePointSet members = negate ? complement : s;
      if (members.isEmpty()) {
        out.append("[\\x{0}-\\x{10FFFF}]");
        return;
      }
      out.append(negate ? "[^" : "[");
      for (int i = 0; i < members.rangeCount(); i++) {
        for (int cp = members.rangeStart(i); cp <= members.rangeEnd(i); cp++) {
          classChar(cp);
        }
      }
      out.append(']');
      return;
    }
    negate = complement.rangeCount() < s.rangeCount();
    CodePointSet members = negate ? complement : s;
    if (members.isEmpty()) {
      out.append(negate ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]");
      return;
    }
    out.append(negate ? "[^" : "[");
    for (int i = 0; i < members.rangeCount(); i++) {
      classChar(members.rangeStart(i));
      if (members.rangeEnd(i) != members.rangeStart(i)) {
        out.append('-');
        classChar(members.rangeEnd(i));
      }
    }
    out.append(']');
  }

  private void classChar(int cp) {
    if (Cursor.isAsciiAlnum(cp)) {
      out.append((char) cp);
    } else {
      out.append("\\x{").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append('}');
    }
  }
}
