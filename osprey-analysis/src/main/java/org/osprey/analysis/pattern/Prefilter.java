package org.osprey.analysis.pattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A necessary condition for a pattern to match, checked before the regex engine runs: every match
 * contains at least one of a few literals. Most rule patterns are literals or alternations of them
 * ({@code Failed password|Invalid user}); an unanchored search for them on java.util.regex tries
 * every start position, while {@link String#indexOf(String)} on a lower-cased copy of the subject is
 * a vectorised scan. The copy is made once per subject and thread, so the many patterns tried on one
 * event's log share it.
 *
 * <p>Literals are derived from the parsed pattern, ASCII-lower-cased. They are sound for PCRE2's byte
 * mode (only ASCII letters fold). In UTF mode (OS_Regex, OS_Match) a non-ASCII character can fold to
 * an ASCII one (the Kelvin sign to {@code k}), so there the filter applies to ASCII subjects only.
 */
final class Prefilter {
  /** Shorter literals filter too little to be worth the check. */
  static final int MIN_LENGTH = 2;
  private static final int MAX_SET = 32;
  private static final int MAX_LITERAL = 64;
  /** At most this many required literal sets are checked (the most selective ones). */
  private static final int MAX_GROUPS = 3;

  // Every group must have a literal in the subject; the first is the most selective.
  private final String[][] groups;
  // Per group and literal, the bigram hashes (see Lowered#hasBigram) a subject must have for the
  // literal to be worth an indexOf.
  private final int[][][] bigrams;
  private final boolean asciiSubjectsOnly;
  private final boolean decides;

  private Prefilter(String[][] groups, boolean asciiSubjectsOnly, boolean decides) {
    this.groups = groups;
    this.bigrams = new int[groups.length][][];
    for (int g = 0; g < groups.length; g++) {
      bigrams[g] = new int[groups[g].length][];
      for (int i = 0; i < groups[g].length; i++) {
        bigrams[g][i] = bigramsOf(groups[g][i]);
      }
    }
    this.asciiSubjectsOnly = asciiSubjectsOnly;
    this.decides = decides;
  }

  /** The prefilter of a parsed pattern, or null when it has no useful required literal. */
  static @Nullable Prefilter of(Node root, boolean utf) {
    Info i = new Extractor(utf).info(root);
    List<Set<String>> required = i.exact != null ? List.of(i.exact) : i.all;
    List<String[]> groups = new ArrayList<>();
    for (Set<String> set : required) {
      if (!set.isEmpty() && minLength(set) >= MIN_LENGTH && groups.size() < MAX_GROUPS) {
        groups.add(set.toArray(String[]::new));
      }
    }
    if (groups.isEmpty()) {
      return null;
    }
    return new Prefilter(groups.toArray(String[][]::new), utf,
        i.exact != null && groups.size() == 1 && plain(root));
  }

  /**
   * Whether the pattern is nothing but caseless literal text, small caseless classes, alternation and
   * grouping: then it matches exactly when one of its (lower-cased) literals occurs, and the literal
   * search is the answer. A case-sensitive letter ({@code (?-i)a}) keeps the regex in charge.
   */
  private static boolean plain(Node n) {
    return switch (n) {
      case Node.Lit l -> l.caseless() || !isAsciiLetter(l.cp());
      case Node.CharClass c -> c.caseless() && !c.negated();
      case Node.Seq s -> s.items().stream().allMatch(Prefilter::plain);
      case Node.Alt a -> a.alternatives().stream().allMatch(Prefilter::plain);
      case Node.Group g -> plain(g.body());
      case Node.Repeat r -> r.min() >= 1 && r.min() == r.max() && plain(r.body());
      default -> false;
    };
  }

  private static boolean isAsciiLetter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  /** Whether a literal hit alone answers {@link OsPattern#test} (see {@link #plain}). */
  boolean decides() {
    return decides;
  }

  /** The literals of the most selective required set, for tests and reports. */
  List<String> literals() {
    return List.of(groups[0]);
  }

  /** Every required set, most selective first: a match contains a literal of each. */
  List<List<String>> groups() {
    return java.util.Arrays.stream(groups).map(List::of).toList();
  }

  /** The answer of {@link #check} when the subject could not be checked. */
  static final int UNKNOWN = 0;
  /** The answer of {@link #check} when a literal occurs. */
  static final int FOUND = 1;
  /** The answer of {@link #check} when no literal occurs: no match is possible. */
  static final int ABSENT = -1;

  /** Whether one of the literals occurs in {@code subject} at or after {@code from}. */
  int check(CharSequence subject, int from) {
    if (!(subject instanceof String s)) {
      return UNKNOWN;
    }
    Lowered l = LOWERED.get().of(s);
    if (asciiSubjectsOnly && !l.ascii) {
      return UNKNOWN;
    }
    for (int g = 0; g < groups.length; g++) {
      if (!anyOccurs(l, groups[g], bigrams[g], from)) {
        return ABSENT;
      }
    }
    return FOUND;
  }

  private static boolean anyOccurs(Lowered l, String[] literals, int[][] bigrams, int from) {
    String lower = l.lower;
    for (int i = 0; i < literals.length; i++) {
      if (l.hasBigrams(bigrams[i]) && lower.indexOf(literals[i], from) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The hashes of a literal's first, middle and last two characters (one to three). */
  private static int[] bigramsOf(String literal) {
    int n = literal.length();
    java.util.TreeSet<Integer> at = new java.util.TreeSet<>(List.of(0, (n - 2) / 2, n - 2));
    return at.stream().mapToInt(i -> Lowered.bigram(literal.charAt(i), literal.charAt(i + 1)))
        .distinct().toArray();
  }

  /** False when no match can start at or after {@code from}; true when the regex must decide. */
  boolean mayMatch(CharSequence subject, int from) {
    return check(subject, from) != ABSENT;
  }

  private static final ThreadLocal<LoweredCache> LOWERED = ThreadLocal.withInitial(LoweredCache::new);

  /**
   * This thread's lower-cased copies of the last few subjects (the log, the program name, a field or
   * two of the event under analysis): patterns alternate between them, so one slot would be
   * recomputed over and over.
   */
  private static final class LoweredCache {
    private final Lowered[] slots = {new Lowered(), new Lowered(), new Lowered(), new Lowered()};
    private int next;

    Lowered of(String s) {
      for (Lowered l : slots) {
        if (l.source == s) {
          return l;
        }
      }
      Lowered l = slots[next];
      next = (next + 1) & 3;
      l.set(s);
      return l;
    }
  }

  /**
   * A lower-cased copy of one subject, and a 4096-bit set of the hashes of its character pairs: most
   * literals checked against a log are not in it, and two or three bit tests say so before any
   * {@code indexOf} runs.
   */
  private static final class Lowered {
    private static final int BIGRAM_BITS = 4096;
    @Nullable String source;
    String lower = "";
    boolean ascii;
    private final long[] pairs = new long[BIGRAM_BITS / 64];
    private boolean pairsReady;

    static int bigram(char a, char b) {
      return (a * 67 + b) & (BIGRAM_BITS - 1);
    }

    /** Whether every one of the hashes occurs (false means the literal is surely absent). */
    boolean hasBigrams(int[] hashes) {
      if (!pairsReady) {
        fillPairs();
      }
      for (int h : hashes) {
        if ((pairs[h >>> 6] & (1L << h)) == 0) {
          return false;
        }
      }
      return true;
    }

    private void fillPairs() {
      java.util.Arrays.fill(pairs, 0L);
      String t = lower;
      int n = t.length();
      if (n > 0) {
        char prev = t.charAt(0);
        for (int i = 1; i < n; i++) {
          char c = t.charAt(i);
          int h = bigram(prev, c);
          pairs[h >>> 6] |= 1L << h;
          prev = c;
        }
      }
      pairsReady = true;
    }

    void set(String s) {
      source = s;
      pairsReady = false;
      boolean upper = false;
      boolean onlyAscii = true;
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          upper = true;
        } else if (c >= 0x80) {
          onlyAscii = false;
        }
      }
      ascii = onlyAscii;
      // For ASCII text the JDK's lower-casing is ASCII lower-casing and works on the compact bytes.
      lower = !upper ? s : onlyAscii ? s.toLowerCase(Locale.ROOT) : lowerAscii(s);
    }
  }

  /** ASCII lower case, other characters unchanged. */
  static String lowerAscii(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') {
        out[i] = (char) (out[i] + 32);
      }
    }
    return new String(out);
  }

  /**
   * The literal a start-anchored pattern's matches all begin with ({@code ^sshd\[} gives
   * {@code sshd[}), or null: the leading caseless-or-non-letter literal characters right after a
   * {@code ^} that starts the whole pattern (a single alternative).
   */
  static @Nullable String requiredPrefix(Node root, boolean utf) {
    List<Node> items = root instanceof Node.Seq s ? s.items() : List.of(root);
    if (items.isEmpty() || !(items.getFirst() instanceof Node.Anchor a)
        || a.kind() != Node.Kind.START_OF_SUBJECT) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < items.size(); i++) {
      if (!(items.get(i) instanceof Node.Lit l) || l.cp() > (utf ? 0x7F : 0xFF)
          || (!l.caseless() && isAsciiLetter(l.cp()))) {
        break;
      }
      char c = (char) l.cp();
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return b.isEmpty() ? null : b.toString();
  }

  private static int minLength(Set<String> set) {
    int min = Integer.MAX_VALUE;
    for (String s : set) {
      min = Math.min(min, s.length());
    }
    return min;
  }

  /**
   * What a node tells about its matches: {@code exact}, the node matches exactly one of these
   * strings; {@code any}, every match contains one of these. Both null: nothing is known.
   */
  private record Info(@Nullable Set<String> exact, @Nullable Set<String> any,
      List<Set<String>> all) {
    static final Info NONE = new Info(null, null, List.of());
    static final Info EMPTY = new Info(Set.of(""), null, List.of());

    /** Every match is one of {@code exact}. */
    static Info exact(Set<String> exact) {
      return new Info(exact, null, List.of());
    }

    /** Every match contains one of {@code any}. */
    static Info any(Set<String> any) {
      return new Info(null, any, List.of(any));
    }

    @Nullable Set<String> required() {
      return exact != null ? exact : any;
    }
  }

  private static final class Extractor {
    private final boolean utf;
    private final CaseFold fold;

    Extractor(boolean utf) {
      this.utf = utf;
      this.fold = utf ? CaseFold.UNICODE : CaseFold.ASCII;
    }

    Info info(Node n) {
      return switch (n) {
        case Node.Lit l -> literal(l.cp());
        case Node.CharClass c -> charClass(c);
        case Node.Dot d -> Info.NONE;
        case Node.Seq s -> sequence(s.items());
        case Node.Alt a -> alternation(a.alternatives());
        case Node.Group g -> info(g.body());
        case Node.Atomic a -> info(a.body());
        case Node.Look l -> Info.EMPTY;
        case Node.BackRef b -> Info.NONE;
        case Node.Anchor a -> Info.EMPTY;
        case Node.Repeat r -> repeat(r);
      };
    }

    private Info literal(int cp) {
      if (cp > (utf ? 0x7F : 0xFF)) {
        return Info.NONE;
      }
      return Info.exact(Set.of(String.valueOf(lower((char) cp))));
    }

    private Info charClass(Node.CharClass c) {
      CodePointSet set = c.effective(fold);
      if (set.size() > 4) {
        return Info.NONE;
      }
      Set<String> out = new LinkedHashSet<>();
      for (int r = 0; r < set.rangeCount(); r++) {
        for (int cp = set.rangeStart(r); cp <= set.rangeEnd(r); cp++) {
          if (cp > (utf ? 0x7F : 0xFF)) {
            return Info.NONE;
          }
          out.add(String.valueOf(lower((char) cp)));
        }
      }
      return out.isEmpty() ? Info.NONE : Info.exact(out);
    }

    private Info repeat(Node.Repeat r) {
      if (r.min() == 0) {
        return Info.NONE;
      }
      Info body = info(r.body());
      if (r.min() == 1 && r.max() == 1) {
        return body;
      }
      // A single string repeated at least min times: that many copies in a row are required.
      if (body.exact != null && body.exact.size() == 1) {
        String one = body.exact.iterator().next();
        if (!one.isEmpty() && (long) one.length() * r.min() <= MAX_LITERAL) {
          Set<String> copies = Set.of(one.repeat(r.min()));
          return r.max() == r.min() ? Info.exact(copies) : Info.any(copies);
        }
      }
      Set<String> req = body.required();
      return req == null ? Info.NONE : Info.any(req);
    }

    private Info sequence(List<Node> items) {
      List<Set<String>> required = new ArrayList<>();
      Set<String> run = Set.of("");
      boolean allExact = true;
      for (Node item : items) {
        Info i = info(item);
        Set<String> crossed = i.exact == null ? null : cross(run, i.exact);
        if (crossed != null) {
          run = crossed;
          continue;
        }
        allExact = false;
        required.add(run);
        if (i.exact != null) {
          run = i.exact;
        } else {
          required.addAll(i.all);
          run = Set.of("");
        }
      }
      if (allExact) {
        return Info.exact(run);
      }
      required.add(run);
      List<Set<String>> usable = new ArrayList<>();
      for (Set<String> c : required) {
        if (!c.isEmpty() && !c.contains("")) {
          usable.add(c);
        }
      }
      usable.sort(Extractor::bySelectivity);
      return usable.isEmpty() ? Info.NONE : new Info(null, usable.getFirst(), usable);
    }

    private Info alternation(List<Node> alternatives) {
      List<Info> infos = alternatives.stream().map(this::info).toList();
      if (infos.stream().allMatch(i -> i.exact != null)) {
        Set<String> union = new LinkedHashSet<>();
        infos.forEach(i -> union.addAll(i.exact));
        if (union.size() <= MAX_SET) {
          return Info.exact(union);
        }
      }
      Set<String> union = new LinkedHashSet<>();
      for (Info i : infos) {
        Set<String> req = i.required();
        if (req == null || req.contains("")) {
          return Info.NONE;
        }
        union.addAll(req);
      }
      return union.size() <= MAX_SET ? Info.any(union) : Info.NONE;
    }

    private static @Nullable Set<String> cross(Set<String> a, Set<String> b) {
      if ((long) a.size() * b.size() > MAX_SET) {
        return null;
      }
      Set<String> out = new LinkedHashSet<>();
      for (String x : a) {
        for (String y : b) {
          if (x.length() + y.length() > MAX_LITERAL) {
            return null;
          }
          out.add(x + y);
        }
      }
      return out;
    }

    /** The requirement that filters most first: the longest shortest literal, then the fewest. */
    private static int bySelectivity(Set<String> a, Set<String> b) {
      int c = Integer.compare(minLength(b), minLength(a));
      return c != 0 ? c : Integer.compare(a.size(), b.size());
    }

    private static char lower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
  }
}
