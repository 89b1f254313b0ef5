package org.osprey.analysis.pattern;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a backslash sequence means in PCRE2 10.42: one character, a set of characters, or (outside a
 * class) an anchor, backreference or small construct. Sequences Java or RE2/J cannot reproduce are
 * rejected with a message naming them.
 */
sealed interface Escape {

  record Char(int cp) implements Escape {}

  record Set(CodePointSet set) implements Escape {}

  record Item(Node node) implements Escape {}

  /** What the escape reader needs to know about the surrounding pattern. */
  record Context(
      boolean utf, boolean caseless, int groupsSoFar, @Nullable Map<String, Integer> names) {}

  /**
   * Reads the escape after a backslash ({@code c} points just past it). {@code \Q} and {@code \E} are
   * handled by the callers.
   */
  static Escape read(Cursor c, Context ctx, boolean inClass) throws PatternException {
    int start = c.pos - 1;
    if (c.atEnd()) {
      throw c.error(start, "\\ at end of pattern");
    }
    int e = c.next();
    switch (e) {
      case 'a':
        return new Char(0x07);
      case 'e':
        return new Char(0x1B);
      case 'f':
        return new Char('\f');
      case 'n':
        return new Char('\n');
      case 'r':
        return new Char('\r');
      case 't':
        return new Char('\t');
      case '0':
        return new Char(checkValue(c, ctx, start, octal(c, 2)));
      case 'o':
        return new Char(checkValue(c, ctx, start, braced(c, start, 8)));
      case 'x':
        if (c.peek() == '{') {
          return new Char(checkValue(c, ctx, start, braced(c, start, 16)));
        }
        int v = 0;
        for (int i = 0; i < 2 && Cursor.hexValue(c.peek()) >= 0; i++) {
          v = v * 16 + Cursor.hexValue(c.next());
        }
        return new Char(v);
      case 'c':
        return control(c, start);
      case 'd':
        return new Set(CharSets.DIGIT);
      case 'D':
        return new Set(CharSets.DIGIT.complement());
      case 's':
        return new Set(CharSets.SPACE);
      case 'S':
        return new Set(CharSets.SPACE.complement());
      case 'w':
        return new Set(CharSets.WORD);
      case 'W':
        return new Set(CharSets.WORD.complement());
      case 'h':
        return new Set(CharSets.horizontalSpace(ctx.utf()));
      case 'H':
        return new Set(CharSets.horizontalSpace(ctx.utf()).complement());
      case 'v':
        return new Set(CharSets.verticalSpace(ctx.utf()));
      case 'V':
        return new Set(CharSets.verticalSpace(ctx.utf()).complement());
      case 'p', 'P':
        return new Set(property(c, start, e == 'P'));
      case 'b':
        return inClass ? new Char(0x08) : anchor(Node.Kind.WORD_BOUNDARY);
      default:
        break;
    }
    if (e >= '1' && e <= '9') {
      return digits(c, ctx, inClass, start, e);
    }
    if (inClass) {
      if (Cursor.isAsciiAlnum(e) && "BNRXAZzGKgk".indexOf(e) >= 0) {
        throw c.error(start, "escape sequence \\" + (char) e + " is invalid in a character class");
      }
    } else {
      Escape outside = outsideClass(c, ctx, start, e);
      if (outside != null) {
        return outside;
      }
    }
    if ("uUlLF".indexOf(e) >= 0) {
      throw c.error(start, "PCRE2 does not support \\F, \\L, \\l, \\N{name}, \\U, or \\u");
    }
    if (Cursor.isAsciiAlnum(e)) {
      throw c.error(start, "unrecognized character follows \\");
    }
    return new Char(e);
  }

  private static @Nullable Escape outsideClass(Cursor c, Context ctx, int start, int e)
      throws PatternException {
    return switch (e) {
      case 'B' -> anchor(Node.Kind.NOT_WORD_BOUNDARY);
      case 'A', 'G' -> anchor(Node.Kind.START_OF_SUBJECT);
      case 'Z' -> anchor(Node.Kind.END_OR_FINAL_NEWLINE);
      case 'z' -> anchor(Node.Kind.END_OF_SUBJECT);
      case 'N' -> {
        if (c.lookingAt("{U+")) {
          if (!ctx.utf()) {
            throw c.error(start, "\\N{U+dddd} is supported only in Unicode (UTF) mode");
          }
          c.pos += 2;
          yield new Char(checkValue(c, ctx, start, braced(c, start, 16)));
        }
        if (c.peek() == '{' && !braceQuantifierAhead(c)) {
          throw c.error(start, "\\N{name} is not supported");
        }
        yield new Item(new Node.Dot(false));
      }
      case 'R' ->
          new Item(
              new Node.Atomic(
                  new Node.Alt(
                      List.of(
                          new Node.Seq(List.of(new Node.Lit('\r', false), new Node.Lit('\n', false))),
                          Node.CharClass.of(CharSets.verticalSpace(ctx.utf()))),
                      start,
                      c.pos)));
      case 'C' -> {
        if (ctx.utf()) {
          throw c.error(start, "\\C (one code unit) is not supported in UTF mode");
        }
        yield new Item(new Node.Dot(true));
      }
      case 'X' -> throw c.error(start, "\\X (extended grapheme cluster) is not supported");
      case 'K' -> throw c.error(start, "\\K (reset match start) is not supported");
      case 'g' -> gReference(c, ctx, start);
      case 'k' -> {
        int close = switch (c.peek()) {
          case '<' -> '>';
          case '\'' -> '\'';
          case '{' -> '}';
          default -> throw c.error(start, "\\k is not followed by a braced, angle-bracketed, or quoted name");
        };
        c.next();
        yield namedRef(c, ctx, start, readName(c, close, start));
      }
      default -> null;
    };
  }

  /** Whether {@code {n}}, {@code {n,}} or {@code {n,m}} starts at the cursor. */
  private static boolean braceQuantifierAhead(Cursor c) {
    int i = 1;
    if (!Cursor.isDigit(c.peek(i))) {
      return false;
    }
    while (Cursor.isDigit(c.peek(i))) {
      i++;
    }
    if (c.peek(i) == ',') {
      i++;
      while (Cursor.isDigit(c.peek(i))) {
        i++;
      }
    }
    return c.peek(i) == '}';
  }

  private static Escape anchor(Node.Kind kind) {
    return new Item(new Node.Anchor(kind));
  }

  /** {@code \g}: {@code \gN \g-N \g{N} \g{-N} \g{name}}; subroutine calls are rejected. */
  private static Escape gReference(Cursor c, Context ctx, int start) throws PatternException {
    if (c.peek() == '<' || c.peek() == '\'') {
      throw c.error(start, "subroutine call \\g<...> is not supported");
    }
    boolean braced = c.peek() == '{';
    if (braced) {
      c.next();
    }
    int sign = 0;
    if (c.peek() == '-' || c.peek() == '+') {
      sign = c.next() == '-' ? -1 : 1;
    }
    if (!Cursor.isDigit(c.peek())) {
      if (braced && sign == 0) {
        return namedRef(c, ctx, start, readName(c, '}', start));
      }
      throw c.error(start, "a numbered reference must not be zero");
    }
    long n = 0;
    while (Cursor.isDigit(c.peek())) {
      n = Math.min(n * 10 + (c.next() - '0'), 100_000);
    }
    if (braced && c.peek() != '}') {
      throw c.error(start, "\\g is not followed by a braced, angle-bracketed, or quoted name/number");
    }
    if (braced) {
      c.next();
    }
    if (sign > 0) {
      throw c.error(start, "forward relative reference \\g{+n} is not supported");
    }
    int index = sign < 0 ? ctx.groupsSoFar() + 1 - (int) n : (int) n;
    if (n == 0 || index <= 0) {
      throw c.error(start, "reference to non-existent subpattern");
    }
    return new Item(new Node.BackRef(index, ctx.caseless()));
  }

  static Escape namedRef(Cursor c, Context ctx, int start, String name) throws PatternException {
    if (ctx.names() == null) {
      return new Item(new Node.BackRef(Integer.MAX_VALUE, ctx.caseless()));
    }
    Integer index = ctx.names().get(name);
    if (index == null) {
      throw c.error(start, "reference to non-existent subpattern '" + name + "'");
    }
    return new Item(new Node.BackRef(index, ctx.caseless()));
  }

  /** A group name up to {@code close}, which is consumed. */
  static String readName(Cursor c, int close, int start) throws PatternException {
    int from = c.pos;
    if (Cursor.isDigit(c.peek())) {
      throw c.error(start, "subpattern name must start with a non-digit");
    }
    while (!c.atEnd() && c.peek() != close) {
      int ch = c.next();
      if (!(Cursor.isAsciiAlnum(ch) || ch == '_')) {
        throw c.error(c.pos - 1, "syntax error in subpattern name (missing terminator?)");
      }
    }
    if (c.atEnd() || c.pos == from) {
      throw c.error(start, "subpattern name expected");
    }
    if (c.pos - from > 32) {
      throw c.error(start, "subpattern name is too long (maximum 32 code units)");
    }
    String name = c.text(from, c.pos);
    c.next();
    return name;
  }

  /** {@code \1}..{@code \9...}: a backreference or an octal character, by PCRE2's rule. */
  private static Escape digits(Cursor c, Context ctx, boolean inClass, int start, int first)
      throws PatternException {
    if (inClass) {
      if (first >= '8') {
        return new Char(first);
      }
      c.pos--;
      return new Char(checkValue(c, ctx, start, octal(c, 3)));
    }
    int save = c.pos;
    long n = first - '0';
    while (Cursor.isDigit(c.peek())) {
      n = Math.min(n * 10 + (c.next() - '0'), 100_000);
    }
    if (n < 10 || first >= '8' || n <= ctx.groupsSoFar()) {
      return new Item(new Node.BackRef((int) n, ctx.caseless()));
    }
    c.pos = save - 1;
    return new Char(checkValue(c, ctx, start, octal(c, 3)));
  }

  /** Up to {@code max} octal digits. */
  private static int octal(Cursor c, int max) {
    int v = 0;
    for (int i = 0; i < max && c.peek() >= '0' && c.peek() <= '7'; i++) {
      v = v * 8 + (c.next() - '0');
    }
    return v;
  }

  /** {@code {digits}} in the given radix, for {@code \x{} \o{} \N{U+}}. */
  private static int braced(Cursor c, int start, int radix) throws PatternException {
    if (c.peek() != '{') {
      throw c.error(start, "missing opening brace after \\o");
    }
    c.next();
    long v = 0;
    int n = 0;
    while (!c.atEnd() && c.peek() != '}') {
      int d = Cursor.hexValue(c.peek());
      if (d < 0 || d >= radix) {
        throw c.error(c.pos, "non-" + (radix == 8 ? "octal" : "hex") + " character in \\x{} or \\o{}");
      }
      c.next();
      v = Math.min(v * radix + d, 0x7FFF_FFFFL);
      n++;
    }
    if (c.atEnd()) {
      throw c.error(start, "missing terminating } in \\x{} or \\o{}");
    }
    c.next();
    if (n == 0) {
      throw c.error(start, "digits missing in \\x{} or \\o{} or \\N{U+}");
    }
    return (int) v;
  }

  private static int checkValue(Cursor c, Context ctx, int start, int v) throws PatternException {
    if (ctx.utf()) {
      if (v > CodePointSet.MAX) {
        throw c.error(start, "character code point value in \\x{} or \\o{} is too large");
      }
      if (v >= 0xD800 && v <= 0xDFFF) {
        throw c.error(start, "disallowed Unicode code point (>= 0xd800 && <= 0xdfff)");
      }
    } else if (v > 0xFF) {
      throw c.error(start, "character code point value in \\x{} or \\o{} is too large");
    }
    return v;
  }

  private static Escape control(Cursor c, int start) throws PatternException {
    if (c.atEnd()) {
      throw c.error(start, "\\c at end of pattern");
    }
    int ch = c.next();
    if (ch < 0x20 || ch > 0x7E) {
      throw c.error(start, "\\c must be followed by a printable ASCII character");
    }
    int upper = ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    return new Char(upper ^ 0x40);
  }

  private static CodePointSet property(Cursor c, int start, boolean negated) throws PatternException {
    String name;
    if (c.peek() == '{') {
      c.next();
      int from = c.pos;
      while (!c.atEnd() && c.peek() != '}') {
        c.next();
      }
      if (c.atEnd()) {
        throw c.error(start, "malformed \\P or \\p sequence");
      }
      name = c.text(from, c.pos);
      c.next();
      if (name.startsWith("^")) {
        negated = !negated;
        name = name.substring(1);
      }
    } else if (!c.atEnd()) {
      name = c.text(c.pos, c.pos + 1);
      c.next();
    } else {
      throw c.error(start, "malformed \\P or \\p sequence");
    }
    CodePointSet set = CharSets.property(name);
    if (set == null) {
      throw c.error(start, "unknown or unsupported property name after \\P or \\p: " + name);
    }
    return negated ? set.complement() : set;
  }
}
