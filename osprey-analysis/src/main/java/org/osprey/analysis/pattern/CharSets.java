package org.osprey.analysis.pattern;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The character sets behind PCRE2's escapes, POSIX classes and Unicode properties, as PCRE2 10.42
 * defines them without UCP (so {@code \d \s \w} and the POSIX classes are ASCII, as in its default "C"
 * tables).
 */
final class CharSets {
  static final CodePointSet DIGIT = CodePointSet.range('0', '9');
  static final CodePointSet SPACE = CodePointSet.ofAll(' ', '\t', '\n', 0x0B, '\f', '\r');
  static final CodePointSet WORD =
      CodePointSet.range('a', 'z')
          .union(CodePointSet.range('A', 'Z'))
          .union(DIGIT)
          .union(CodePointSet.of('_'));
  static final CodePointSet NEWLINE = CodePointSet.of('\n');

  private static final CodePointSet H_BYTE = CodePointSet.ofAll('\t', ' ', 0xA0);
  private static final CodePointSet H_UNICODE =
      H_BYTE.union(CodePointSet.ofAll(0x1680, 0x180E, 0x202F, 0x205F, 0x3000))
          .union(CodePointSet.range(0x2000, 0x200A));
  private static final CodePointSet V_BYTE = CodePointSet.range('\n', '\r').union(CodePointSet.of(0x85));
  private static final CodePointSet V_UNICODE = V_BYTE.union(CodePointSet.range(0x2028, 0x2029));

  private static final Map<String, CodePointSet> PROPERTIES = new ConcurrentHashMap<>();

  private CharSets() {}

  /** {@code \h}. */
  static CodePointSet horizontalSpace(boolean utf) {
    return utf ? H_UNICODE : H_BYTE;
  }

  /** {@code \v}, also the single characters {@code \R} accepts. */
  static CodePointSet verticalSpace(boolean utf) {
    return utf ? V_UNICODE : V_BYTE;
  }

  /** A POSIX class name as in {@code [:alpha:]}, or null if PCRE2 does not know it. */
  static @Nullable CodePointSet posix(String name) {
    CodePointSet upper = CodePointSet.range('A', 'Z');
    CodePointSet lower = CodePointSet.range('a', 'z');
    CodePointSet alpha = upper.union(lower);
    CodePointSet graph = CodePointSet.range(0x21, 0x7E);
    return switch (name) {
      case "alpha" -> alpha;
      case "lower" -> lower;
      case "upper" -> upper;
      case "alnum" -> alpha.union(DIGIT);
      case "ascii" -> CodePointSet.range(0, 0x7F);
      case "blank" -> CodePointSet.ofAll(' ', '\t');
      case "cntrl" -> CodePointSet.range(0, 0x1F).union(CodePointSet.of(0x7F));
      case "digit" -> DIGIT;
      case "graph" -> graph;
      case "print" -> CodePointSet.range(0x20, 0x7E);
      case "punct" -> graph.intersect(alpha.union(DIGIT).complement());
      case "space" -> SPACE;
      case "word" -> WORD;
      case "xdigit" -> DIGIT.union(CodePointSet.range('a', 'f')).union(CodePointSet.range('A', 'F'));
      default -> null;
    };
  }

  /**
   * A Unicode property as in {@code \p{Lu}} (general categories, {@code L&}, {@code Any}, the PCRE2
   * specials {@code Xan Xps Xsp Xwd Xuc}, and script names; matched loosely as PCRE2 10.4x does), or
   * null when unsupported.
   */
  static @Nullable CodePointSet property(String rawName) {
    String key = loose(rawName);
    CodePointSet cached = PROPERTIES.get(key);
    if (cached != null) {
      return cached;
    }
    CodePointSet set = computeProperty(key);
    if (set != null) {
      PROPERTIES.put(key, set);
    }
    return set;
  }

  private static String loose(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != ' ' && c != '_' && c != '-') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static @Nullable CodePointSet computeProperty(String key) {
    return switch (key) {
      case "any" -> CodePointSet.ALL;
      case "l&", "lc" -> categories("lu", "ll", "lt");
      case "xan" -> categories("l", "n");
      case "xps", "xsp" -> categories("z").union(SPACE);
      case "xwd" -> categories("l", "n").union(CodePointSet.of('_'));
      case "xuc" ->
          CodePointSet.ofAll('$', '@', '`')
              .union(CodePointSet.range(0xA0, 0xD7FF))
              .union(CodePointSet.range(0xE000, CodePointSet.MAX));
      default -> {
        CodePointSet cat = categories(key);
        yield cat != null ? cat : script(key);
      }
    };
  }

  /** The union of general categories given by loose names ("l", "lu", ...), or null if unknown. */
  private static @Nullable CodePointSet categories(String... keys) {
    boolean[] wanted = new boolean[32];
    for (String key : keys) {
      boolean any = false;
      for (int type = 0; type < 32; type++) {
        String abbrev = abbreviation(type);
        if (abbrev != null && (abbrev.equals(key) || (key.length() == 1 && abbrev.charAt(0) == key.charAt(0)))) {
          wanted[type] = true;
          any = true;
        }
      }
      if (!any) {
        return null;
      }
    }
    CodePointSet.Builder b = new CodePointSet.Builder();
    int runStart = -1;
    for (int cp = 0; cp <= CodePointSet.MAX + 1; cp++) {
      boolean in = cp <= CodePointSet.MAX && wanted[Character.getType(cp)];
      if (in && runStart < 0) {
        runStart = cp;
      } else if (!in && runStart >= 0) {
        b.add(runStart, cp - 1);
        runStart = -1;
      }
    }
    return b.build();
  }

  private static @Nullable CodePointSet script(String key) {
    Character.UnicodeScript script;
    try {
      script = Character.UnicodeScript.forName(key.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
    CodePointSet.Builder b = new CodePointSet.Builder();
    int runStart = -1;
    for (int cp = 0; cp <= CodePointSet.MAX + 1; cp++) {
      boolean in = cp <= CodePointSet.MAX && Character.UnicodeScript.of(cp) == script;
      if (in && runStart < 0) {
        runStart = cp;
      } else if (!in && runStart >= 0) {
        b.add(runStart, cp - 1);
        runStart = -1;
      }
    }
    return b.build();
  }

  /** The lower-case two-letter abbreviation of a {@link Character#getType} value. */
  private static @Nullable String abbreviation(int type) {
    return switch (type) {
      case Character.UNASSIGNED -> "cn";
      case Character.UPPERCASE_LETTER -> "lu";
      case Character.LOWERCASE_LETTER -> "ll";
      case Character.TITLECASE_LETTER -> "lt";
      case Character.MODIFIER_LETTER -> "lm";
      case Character.OTHER_LETTER -> "lo";
      case Character.NON_SPACING_MARK -> "mn";
      case Character.ENCLOSING_MARK -> "me";
      case Character.COMBINING_SPACING_MARK -> "mc";
      case Character.DECIMAL_DIGIT_NUMBER -> "nd";
      case Character.LETTER_NUMBER -> "nl";
      case Character.OTHER_NUMBER -> "no";
      case Character.SPACE_SEPARATOR -> "zs";
      case Character.LINE_SEPARATOR -> "zl";
      case Character.PARAGRAPH_SEPARATOR -> "zp";
      case Character.CONTROL -> "cc";
      case Character.FORMAT -> "cf";
      case Character.PRIVATE_USE -> "co";
      case Character.SURROGATE -> "cs";
      case Character.DASH_PUNCTUATION -> "pd";
      case Character.START_PUNCTUATION -> "ps";
      case Character.END_PUNCTUATION -> "pe";
      case Character.CONNECTOR_PUNCTUATION -> "pc";
      case Character.OTHER_PUNCTUATION -> "po";
      case Character.MATH_SYMBOL -> "sm";
      case Character.CURRENCY_SYMBOL -> "sc";
      case Character.MODIFIER_SYMBOL -> "sk";
      case Character.OTHER_SYMBOL -> "so";
      case Character.INITIAL_QUOTE_PUNCTUATION -> "pi";
      case Character.FINAL_QUOTE_PUNCTUATION -> "pf";
      default -> null;
    };
  }
}
