package org.osprey.analysis.pattern;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bracketed class the way PCRE2 10.42 does: {@code ]} first is literal, {@code [} inside is
 * literal unless it starts a POSIX class, {@code &&} has no meaning, ranges may use escapes, a class
 * escape next to {@code -} is an invalid range. The result is a set, so the Java-only class syntax
 * (nesting, intersection) can never be triggered by the emitted pattern.
 */
final class ClassParser {
  private final Cursor c;
  private final Escape.Context ctx;
  private final boolean ignoreSpace;

  private final CodePointSet.Builder foldable = new CodePointSet.Builder();
  private final CodePointSet.Builder fixed = new CodePointSet.Builder();

  ClassParser(Cursor c, Escape.Context ctx, boolean ignoreSpace) {
    this.c = c;
    this.ctx = ctx;
    this.ignoreSpace = ignoreSpace;
  }

  /** {@code [[:<:]]} and {@code [[:>:]]}, PCRE2's word-start and word-end assertions. */
  static Node wordEdge(boolean start) {
    Node.CharClass word = Node.CharClass.of(CharSets.WORD);
    return new Node.Seq(
        List.of(new Node.Anchor(Node.Kind.WORD_BOUNDARY), new Node.Look(word, !start, false)));
  }

  /** Parses from just after the opening {@code [}. */
  Node.CharClass parse() throws PatternException {
    int open = c.pos - 1;
    boolean negated = c.peek() == '^';
    if (negated) {
      c.next();
    }
    boolean first = true;
    while (true) {
      if (c.atEnd()) {
        throw c.error(open, "missing terminating ] for character class");
      }
      if (ignoreSpace && (c.peek() == ' ' || c.peek() == '\t')) {
        c.next();
        continue;
      }
      if (c.peek() == ']' && !first) {
        c.next();
        break;
      }
      first = false;
      if (c.lookingAt("\\Q")) {
        c.pos += 2;
        while (!c.atEnd() && !c.lookingAt("\\E")) {
          single(c.next());
        }
        c.eat("\\E");
        continue;
      }
      if (c.lookingAt("\\E")) {
        c.pos += 2;
        continue;
      }
      Item item = item();
      CodePointSet itemSet = item.set();
      if (itemSet != null) {
        fixed.addAll(itemSet);
        if (c.peek() == '-' && c.peek(1) != ']' && c.peek(1) != -1) {
          throw c.error(c.pos, "invalid range in character class");
        }
        continue;
      }
      if (c.peek() == '-' && c.peek(1) != ']' && c.peek(1) != -1) {
        int dash = c.pos;
        c.next();
        Item hi = item();
        if (hi.set != null) {
          throw c.error(dash, "invalid range in character class");
        }
        if (hi.cp < item.cp) {
          throw c.error(dash, "range out of order in character class");
        }
        foldable.add(item.cp, hi.cp);
      } else {
        single(item.cp);
      }
    }
    return new Node.CharClass(foldable.build(), fixed.build(), negated, ctx.caseless());
  }

  private void single(int cp) {
    foldable.add(cp);
  }

  /** One class member: a character, or a set (escape or POSIX class). */
  private record Item(int cp, @Nullable CodePointSet set) {}

  private Item item() throws PatternException {
    int at = c.pos;
    if (c.peek() == '[' && (c.peek(1) == ':' || c.peek(1) == '.' || c.peek(1) == '=')) {
      int term = c.peek(1);
      int end = posixEnd(term);
      if (end > 0) {
        if (term != ':') {
          throw c.error(at, "POSIX collating elements are not supported");
        }
        String name = c.text(at + 2, end);
        c.pos = end + 2;
        boolean neg = name.startsWith("^");
        CodePointSet set = CharSets.posix(neg ? name.substring(1) : name);
        if (set == null) {
          throw c.error(at, "unknown POSIX class name");
        }
        return new Item(-1, neg ? set.complement() : set);
      }
    }
    int ch = c.next();
    if (ch != '\\') {
      return new Item(ch, null);
    }
    Escape e = Escape.read(c, ctx, true);
    return switch (e) {
      case Escape.Char ec -> new Item(ec.cp(), null);
      case Escape.Set es -> new Item(-1, es.set());
      case Escape.Item ei -> throw c.error(at, "escape sequence is invalid in character class");
    };
  }

  /** The position of the {@code :]} closing a POSIX class that starts at {@code pos}, or -1. */
  private int posixEnd(int term) {
    for (int i = 2; c.peek(i) != -1; i++) {
      int ch = c.peek(i);
      if (ch == '\\' && (c.peek(i + 1) == ']' || c.peek(i + 1) == '\\')) {
        i++;
        continue;
      }
      if ((ch == '[' && c.peek(i + 1) == term) || ch == ']') {
        return -1;
      }
      if (ch == term && c.peek(i + 1) == ']') {
        return c.pos + i;
      }
    }
    return -1;
  }
}
