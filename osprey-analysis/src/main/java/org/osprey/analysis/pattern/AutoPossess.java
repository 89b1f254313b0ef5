package org.osprey.analysis.pattern;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reproduces a quirk of PCRE2 10.42's auto-possessification in non-UTF mode. PCRE2 makes a repeat
 * possessive when its table says the next item can never match the same character; the table
 * assumes {@code \h} and {@code \v} are inside {@code \s} and that {@code .} excludes every line
 * break, which is false per byte: 0xA0 is {@code \h} and {@code \S}, 0x85 is {@code \v}, {@code \R}
 * and {@code \S}. So {@code \S*\h} cannot match "x\xA0" in OSSEC. Only repeats followed, in the
 * same sequence, by such an escape are handled (optional items in between and groups, whose
 * alternatives are all checked, are looked through, as PCRE2 does).
 */
final class AutoPossess {
  /** The escapes involved. */
  enum Escape {
    NOT_SPACE,
    HSPACE,
    VSPACE,
    SPACE,
    LINEBREAK,
    NOT_NEWLINE
  }

  private final Map<Node, Escape> origins = new IdentityHashMap<>();

  /** Records that {@code node} was written as the escape {@code e}. */
  Node mark(Node node, Escape e) {
    origins.put(node, e);
    return node;
  }

  /** The sequence with the quirk applied to each repeat followed by a quirk partner. */
  List<Node> apply(List<Node> items, CaseFold fold) {
    List<Node> out = new ArrayList<>(items);
    for (int i = 0; i + 1 < out.size(); i++) {
      if (out.get(i) instanceof Node.Repeat r
          && r.mode() != Node.Mode.POSSESSIVE
          && origins.get(r.body()) instanceof Escape x
          && quirkFollows(x, r.body(), out.subList(i + 1, out.size()), fold)) {
        out.set(i, new Node.Repeat(r.body(), r.min(), r.max(), Node.Mode.POSSESSIVE, r.start(), r.end()));
      }
    }
    return out;
  }

  /**
   * Whether every item that can come next (through optional items, as PCRE2 looks) is a quirk
   * partner of {@code x} or disjoint from it, and at least one is a partner.
   */
  private boolean quirkFollows(Escape x, Node body, List<Node> rest, CaseFold fold) {
    List<Node> firsts = new ArrayList<>();
    boolean ended = false;
    for (Node next : rest) {
      boolean optional = next instanceof Node.Repeat r && r.min() == 0;
      if (!firstItems(optional ? ((Node.Repeat) next).body() : next, firsts)) {
        return false;
      }
      if (!optional) {
        ended = true;
        break;
      }
    }
    if (!ended) {
      return false;
    }
    CodePointSet xs = Analysis.chars(body, fold);
    boolean quirk = false;
    for (Node y : firsts) {
      Escape ye = origins.get(y);
      if (ye != null && partners(x, ye)) {
        quirk = true;
      } else if (Analysis.chars(y, fold).intersects(xs)) {
        return false;
      }
    }
    return quirk;
  }

  /** Collects the single items a match of {@code n} starts with; false if that is not simple. */
  private static boolean firstItems(Node n, List<Node> out) {
    return switch (n) {
      case Node.Lit l -> out.add(l);
      case Node.CharClass c -> out.add(c);
      case Node.Dot d -> out.add(d);
      case Node.Atomic a -> out.add(a);
      case Node.Group g -> firstItems(g.body(), out);
      case Node.Seq s -> !s.items().isEmpty() && firstItems(s.items().get(0), out);
      case Node.Alt a -> a.alternatives().stream().allMatch(alt -> firstItems(alt, out));
      case Node.Repeat r -> r.min() > 0 && firstItems(r.body(), out);
      default -> false;
    };
  }

  private static boolean partners(Escape x, Escape y) {
    return switch (x) {
      case NOT_SPACE -> y == Escape.HSPACE || y == Escape.VSPACE || y == Escape.LINEBREAK;
      case HSPACE, VSPACE -> y == Escape.NOT_SPACE;
      case NOT_NEWLINE -> y == Escape.LINEBREAK;
      case LINEBREAK -> y == Escape.NOT_NEWLINE || y == Escape.SPACE;
      case SPACE -> false;
    };
  }
}
