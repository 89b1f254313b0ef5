package org.osprey.analysis.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses PCRE2 10.42 pattern syntax into {@link Node}s. Everything Java or RE2/J could read
 * differently is resolved here (literal braces, classes, names, comments, inline options, octal
 * versus backreference); constructs neither can run are rejected with a message naming them.
 */
final class Pcre2Parser {
  /** PCRE2's default PARENS_NEST_LIMIT. */
  static final int MAX_NESTING = 250;

  /** PCRE2's limit on {} quantifier numbers. */
  static final int MAX_REPEAT = 65535;

  /** A parsed pattern. */
  record Parsed(Node root, int groupCount) {}

  private final Cursor c;
  private final boolean utf;
  private final @Nullable Map<String, Integer> knownNames;
  private final Map<String, Integer> names = new HashMap<>();
  private Flags flags = new Flags();
  private final AutoPossess autoPossess = new AutoPossess();
  private int groups;
  private int maxRef;
  private int maxRefAt;
  private boolean sawNamedRef;
  private int depth;

  private Pcre2Parser(String pattern, boolean utf, @Nullable Map<String, Integer> knownNames) {
    this.c = new Cursor(pattern);
    this.utf = utf;
    this.knownNames = knownNames;
  }

  /**
   * Parses {@code pattern}, caseless from the start (as every OSSEC element is). In {@code utf} mode
   * the pattern holds Unicode text; otherwise each char is one byte.
   */
  static Parsed parse(String pattern, boolean utf) throws PatternException {
    Pcre2Parser p = new Pcre2Parser(pattern, utf, null);
    Node root = p.run();
    if (p.sawNamedRef) {
      p = new Pcre2Parser(pattern, utf, Map.copyOf(p.names));
      root = p.run();
    }
    return new Parsed(root, p.groups);
  }

  private Node run() throws PatternException {
    Node root = alternation();
    if (!c.atEnd()) {
      throw c.error("unmatched closing parenthesis");
    }
    if (maxRef > groups) {
      throw c.error(maxRefAt, "reference to non-existent subpattern");
    }
    return root;
  }

  private Node alternation() throws PatternException {
    int start = c.pos;
    List<Node> alts = new ArrayList<>();
    alts.add(sequence());
    while (c.peek() == '|') {
      c.next();
      alts.add(sequence());
    }
    return alts.size() == 1 ? alts.get(0) : new Node.Alt(alts, start, c.pos);
  }

  private Node sequence() throws PatternException {
    List<Node> items = new ArrayList<>();
    while (true) {
      skipIgnored();
      if (c.atEnd() || c.peek() == '|' || c.peek() == ')') {
        break;
      }
      int start = c.pos;
      Node atom;
      if (c.eat("\\Q")) {
        List<Node> quoted = new ArrayList<>();
        while (!c.atEnd() && !c.lookingAt("\\E")) {
          quoted.add(new Node.Lit(c.next(), flags.caseless));
        }
        c.eat("\\E");
        if (quoted.isEmpty()) {
          continue;
        }
        items.addAll(quoted.subList(0, quoted.size() - 1));
        atom = quoted.get(quoted.size() - 1);
        start = c.pos - 1;
      } else {
        atom = atom();
      }
      skipIgnored();
      if (atom == null) {
        if (quantifierAhead()) {
          throw c.error("quantifier does not follow a repeatable item");
        }
        continue;
      }
      add(items, quantified(atom, start));
    }
    items = autoPossess.apply(items, utf ? CaseFold.UNICODE : CaseFold.ASCII);
    return items.size() == 1 ? items.get(0) : new Node.Seq(items);
  }

  /** Appends, turning OS_Regex's {@code (?!\n)$} into one end-of-subject anchor. */
  private static void add(List<Node> items, Node node) {
    if (node instanceof Node.Anchor(Node.Kind kind)
        && kind == Node.Kind.END_OR_FINAL_NEWLINE
        && !items.isEmpty()
        && items.get(items.size() - 1) instanceof Node.Look(Node.Lit(int cp, boolean ci), boolean behind, boolean neg)
        && cp == '\n'
        && !behind
        && neg) {
      items.set(items.size() - 1, new Node.Anchor(Node.Kind.END_OF_SUBJECT));
      return;
    }
    items.add(node);
  }

  /** Skips {@code (?#...)} comments, stray {@code \E}, and in extended mode white space and #-comments. */
  private void skipIgnored() throws PatternException {
    while (true) {
      if (c.lookingAt("(?#")) {
        int at = c.pos;
        while (!c.atEnd() && c.peek() != ')') {
          c.next();
        }
        if (c.atEnd()) {
          throw c.error(at, "missing ) at end of (?# comment");
        }
        c.next();
      } else if (c.lookingAt("\\E")) {
        c.pos += 2;
      } else if (flags.extended > 0 && isPatternSpace(c.peek())) {
        c.next();
      } else if (flags.extended > 0 && c.peek() == '#') {
        while (!c.atEnd() && c.peek() != '\n') {
          c.next();
        }
      } else {
        return;
      }
    }
  }

  private boolean isPatternSpace(int ch) {
    return (ch >= 0x09 && ch <= 0x0D)
        || ch == ' '
        || ch == 0x85
        || (utf && (ch == 0x200E || ch == 0x200F || ch == 0x2028 || ch == 0x2029));
  }

  private @Nullable Node atom() throws PatternException {
    int at = c.pos;
    int ch = c.next();
    switch (ch) {
      case '(':
        return group(at);
      case '[':
        return bracket(at);
      case '.':
        Node dot = new Node.Dot(flags.dotAll);
        return flags.dotAll ? dot : autoPossess.mark(dot, AutoPossess.Escape.NOT_NEWLINE);
      case '^':
        return new Node.Anchor(flags.multiline ? Node.Kind.START_OF_LINE : Node.Kind.START_OF_SUBJECT);
      case '$':
        return new Node.Anchor(flags.multiline ? Node.Kind.END_OF_LINE : Node.Kind.END_OR_FINAL_NEWLINE);
      case '*', '+', '?':
        throw c.error(at, "quantifier does not follow a repeatable item");
      case '{':
        c.pos = at;
        if (braceQuantifier() != null) {
          throw c.error(at, "quantifier does not follow a repeatable item");
        }
        c.pos = at + 1;
        return new Node.Lit('{', flags.caseless);
      case '\\':
        return escape();
      default:
        return new Node.Lit(ch, flags.caseless);
    }
  }

  private Node escape() throws PatternException {
    int at = c.pos - 1;
    int letter = c.peek();
    Escape e = Escape.read(c, context(), false);
    return switch (e) {
      case Escape.Char ec -> new Node.Lit(ec.cp(), flags.caseless);
      case Escape.Set es -> {
        Node set = new Node.CharClass(CodePointSet.EMPTY, es.set(), false, flags.caseless);
        yield switch (letter) {
          case 'S' -> autoPossess.mark(set, AutoPossess.Escape.NOT_SPACE);
          case 's' -> autoPossess.mark(set, AutoPossess.Escape.SPACE);
          case 'h' -> autoPossess.mark(set, AutoPossess.Escape.HSPACE);
          case 'v' -> autoPossess.mark(set, AutoPossess.Escape.VSPACE);
          default -> set;
        };
      }
      case Escape.Item ei when letter == 'R' -> autoPossess.mark(ei.node(), AutoPossess.Escape.LINEBREAK);
      case Escape.Item ei when letter == 'N' && ei.node() instanceof Node.Dot ->
          autoPossess.mark(ei.node(), AutoPossess.Escape.NOT_NEWLINE);
      case Escape.Item ei -> {
        if (ei.node() instanceof Node.BackRef ref) {
          noteRef(ref.index(), at);
        }
        yield ei.node();
      }
    };
  }

  private void noteRef(int index, int at) {
    if (index == Integer.MAX_VALUE) {
      sawNamedRef = true;
    } else if (index > maxRef) {
      maxRef = index;
      maxRefAt = at;
    }
  }

  private Escape.Context context() {
    return new Escape.Context(utf, flags.caseless, groups, knownNames);
  }

  private Node bracket(int at) throws PatternException {
    if (c.eat("[:<:]]")) {
      return ClassParser.wordEdge(true);
    }
    if (c.eat("[:>:]]")) {
      return ClassParser.wordEdge(false);
    }
    int t = c.peek();
    if (t == ':' || t == '.' || t == '=') {
      for (int i = 1; c.peek(i) != -1 && c.peek(i) != ']'; i++) {
        if (c.peek(i) == t && c.peek(i + 1) == ']') {
          throw c.error(at, "POSIX named classes are supported only within a class");
        }
      }
    }
    return new ClassParser(c, context(), flags.extended > 1).parse();
  }

  private @Nullable Node group(int open) throws PatternException {
    if (c.peek() == '*') {
      throw c.error(open, "(*VERB) and (*...) constructs are not supported");
    }
    if (c.peek() != '?') {
      return flags.noAutoCapture ? new Node.Group(body(open), 0) : capture(open, null);
    }
    c.next();
    int k = c.peek();
    switch (k) {
      case ':':
        c.next();
        return new Node.Group(body(open), 0);
      case '|':
        throw c.error(open, "branch reset group (?|...) is not supported");
      case '>':
        c.next();
        return new Node.Atomic(body(open));
      case '=', '!':
        c.next();
        return new Node.Look(body(open), false, k == '!');
      case '<':
        c.next();
        if (c.peek() == '=' || c.peek() == '!') {
          boolean negative = c.next() == '!';
          Node body = body(open);
          LookbehindCheck.requireFixedLength(body, c, open);
          return new Node.Look(body, true, negative);
        }
        if (c.peek() == '*') {
          throw c.error(open, "non-atomic lookaround (?<*...) is not supported");
        }
        return capture(open, Escape.readName(c, '>', open));
      case '\'':
        c.next();
        return capture(open, Escape.readName(c, '\'', open));
      case 'P':
        c.next();
        int p = c.next();
        if (p == '<') {
          return capture(open, Escape.readName(c, '>', open));
        }
        if (p == '=') {
          Escape.Item ref = (Escape.Item) Escape.namedRef(c, context(), open, Escape.readName(c, ')', open));
          noteRef(((Node.BackRef) ref.node()).index(), open);
          return ref.node();
        }
        throw c.error(open, "recursion or subroutine call (?P>...) is not supported");
      case '&':
        throw c.error(open, "subroutine call (?&name) is not supported");
      case '(':
        throw c.error(open, "conditional group (?(...)...) is not supported");
      case 'C':
        throw c.error(open, "callout (?C...) is not supported");
      case '*':
        throw c.error(open, "non-atomic lookahead (?*...) is not supported");
      default:
        break;
    }
    if (k == 'R' || Cursor.isDigit(k) || ((k == '+' || k == '-') && Cursor.isDigit(c.peek(1)))) {
      throw c.error(open, "recursion or subroutine call (?R), (?1) is not supported");
    }
    return options(open);
  }

  /** {@code (?imnsxUJ-imnsx)} or {@code (?...:body)}; returns null for a bare option setting. */
  private @Nullable Node options(int open) throws PatternException {
    Flags f = flags.copy();
    if (c.peek() == '^') {
      c.next();
      f.caseless = false;
      f.multiline = false;
      f.noAutoCapture = false;
      f.dotAll = false;
      f.extended = 0;
    }
    boolean unset = false;
    while (true) {
      if (c.atEnd()) {
        throw c.error(open, "missing closing parenthesis");
      }
      int ch = c.next();
      switch (ch) {
        case ')' -> {
          flags = f;
          return null;
        }
        case ':' -> {
          Flags outer = flags;
          flags = f;
          Node body = body(open);
          flags = outer;
          return new Node.Group(body, 0);
        }
        case '-' -> {
          if (unset) {
            throw c.error(c.pos - 1, "unrecognized character after (? or (?-");
          }
          unset = true;
        }
        case 'i' -> f.caseless = !unset;
        case 'm' -> f.multiline = !unset;
        case 'n' -> f.noAutoCapture = !unset;
        case 's' -> f.dotAll = !unset;
        case 'U' -> f.ungreedy = !unset;
        case 'J' -> {
          // Duplicate names stay rejected; the option alone changes nothing.
        }
        case 'x' -> {
          if (unset) {
            f.extended = 0;
          } else if (c.peek() == 'x') {
            c.next();
            f.extended = 2;
          } else {
            f.extended = 1;
          }
        }
        default -> throw c.error(c.pos - 1, "unrecognized character after (? or (?-");
      }
    }
  }

  private Node capture(int open, @Nullable String name) throws PatternException {
    int index = ++groups;
    if (index > MAX_REPEAT) {
      throw c.error(open, "too many capturing groups (maximum 65535)");
    }
    if (name != null && names.putIfAbsent(name, index) != null) {
      throw c.error(open, "two named subpatterns have the same name (duplicate names are not supported)");
    }
    return new Node.Group(body(open), index);
  }

  /** The group body up to its {@code )}, with the options in force restored afterwards. */
  private Node body(int open) throws PatternException {
    if (++depth > MAX_NESTING) {
      throw c.error(open, "parentheses are too deeply nested");
    }
    Flags outer = flags.copy();
    Node body = alternation();
    if (c.peek() != ')') {
      throw c.error(open, "missing closing parenthesis");
    }
    c.next();
    flags = outer;
    depth--;
    return body;
  }

  private boolean quantifierAhead() {
    int ch = c.peek();
    if (ch == '*' || ch == '+' || ch == '?') {
      return true;
    }
    if (ch != '{') {
      return false;
    }
    int save = c.pos;
    try {
      return braceQuantifier() != null;
    } catch (PatternException e) {
      return true;
    } finally {
      c.pos = save;
    }
  }

  private Node quantified(Node atom, int start) throws PatternException {
    int at = c.pos;
    int min;
    int max;
    int ch = c.peek();
    if (ch == '*' || ch == '+' || ch == '?') {
      c.next();
      min = ch == '+' ? 1 : 0;
      max = ch == '?' ? 1 : Node.Repeat.UNBOUNDED;
    } else if (ch == '{') {
      int[] range = braceQuantifier();
      if (range == null) {
        return atom;
      }
      min = range[0];
      max = range[1];
    } else {
      return atom;
    }
    if (!repeatable(atom)) {
      throw c.error(at, "quantifier does not follow a repeatable item");
    }
    skipIgnored();
    Node.Mode mode = Node.Mode.GREEDY;
    if (c.peek() == '?') {
      c.next();
      mode = Node.Mode.LAZY;
    } else if (c.peek() == '+') {
      c.next();
      mode = Node.Mode.POSSESSIVE;
    }
    if (flags.ungreedy && mode != Node.Mode.POSSESSIVE) {
      mode = mode == Node.Mode.GREEDY ? Node.Mode.LAZY : Node.Mode.GREEDY;
    }
    skipIgnored();
    if (quantifierAhead()) {
      throw c.error("quantifier does not follow a repeatable item");
    }
    return new Node.Repeat(atom, min, max, mode, start, c.pos);
  }

  private static boolean repeatable(Node atom) {
    return !(atom instanceof Node.Anchor || atom instanceof Node.Seq);
  }

  /**
   * Reads {@code {n}}, {@code {n,}} or {@code {n,m}} at the cursor (PCRE2 10.42: no spaces, no
   * {@code {,m}}); returns {min, max} or null (cursor unchanged) when the brace is a literal.
   */
  private int @Nullable [] braceQuantifier() throws PatternException {
    int save = c.pos;
    c.next();
    long min = number();
    if (min < 0) {
      c.pos = save;
      return null;
    }
    long max = min;
    if (c.peek() == ',') {
      c.next();
      max = Cursor.isDigit(c.peek()) ? number() : Node.Repeat.UNBOUNDED;
    }
    if (c.peek() != '}') {
      c.pos = save;
      return null;
    }
    c.next();
    if (min > MAX_REPEAT || max > MAX_REPEAT) {
      throw c.error(c.pos - 1, "number too big in {} quantifier");
    }
    if (max != Node.Repeat.UNBOUNDED && max < min) {
      throw c.error(c.pos - 1, "numbers out of order in {} quantifier");
    }
    return new int[] {(int) min, (int) max};
  }

  private long number() {
    if (!Cursor.isDigit(c.peek())) {
      return -1;
    }
    long n = 0;
    while (Cursor.isDigit(c.peek())) {
      n = Math.min(n * 10 + (c.next() - '0'), 1_000_000);
    }
    return n;
  }

  /** The options in force at a point of the pattern. */
  private static final class Flags {
    boolean caseless = true;
    boolean multiline;
    boolean dotAll;
    boolean noAutoCapture;
    boolean ungreedy;
    int extended;

    Flags copy() {
      Flags f = new Flags();
      f.caseless = caseless;
      f.multiline = multiline;
      f.dotAll = dotAll;
      f.noAutoCapture = noAutoCapture;
      f.ungreedy = ungreedy;
      f.extended = extended;
      return f;
    }
  }
}
