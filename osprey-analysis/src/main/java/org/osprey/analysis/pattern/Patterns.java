package org.osprey.analysis.pattern;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** SCRATCH (not committed): minimal spec converter so the engine can be exercised before the real one lands. */
public final class Patterns {
  private Patterns() {}

  private static final Pattern OSREGEX_LITERAL = Pattern.compile("^\\^?[A-Za-z0-9 !\"#%&',/:;<=>@_`~-]*\\$?$");
  private static final Pattern OSMATCH_LITERAL = Pattern.compile("^\\^?[^$|^]+\\$?$");

  public static OsPattern osRegex(String p) throws PatternException {
    if (p.length() > 2048) throw new PatternException("too long");
    if (OSREGEX_LITERAL.matcher(p).matches() && (p.startsWith("^") || p.endsWith("$"))) {
      return literal(p, OsPattern.Dialect.OS_REGEX);
    }
    StringBuilder o = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if ((c == '*' || c == '+') && i >= 2 && p.charAt(i - 2) == '\\') { o.append(c).append('?'); continue; }
      if (c == '\\' && i + 1 < p.length()) {
        char n = p.charAt(i + 1);
        String rep = switch (n) {
          case 'p' -> "[()*+,.:;\\<=>?\\[\\]!\"'#%&$|{}-]";
          case 's' -> "[ ]"; case 'W' -> "[^A-Za-z0-9@_-]"; case 'w' -> "[A-Za-z0-9@_-]";
          case 'd' -> "[0-9]"; case 'D' -> "[^0-9]"; case 'S' -> "[^ ]"; case '.' -> "(?s:.)";
          case 't', '$', '(', ')', '{', '}', '[', ']', '\\', '|', '<' -> "\\" + n;
          default -> null;
        };
        if (rep == null) throw new PatternException("invalid escape \\" + n);
        o.append(rep); i++; continue;
      }
      switch (c) {
        case '$' -> o.append("(?!\\n)$");
        case '.' -> o.append("\\.");
        case '[', ']', '{', '}', '+', '?', '*' -> o.append('\\').append(c);
        default -> o.append(c);
      }
    }
    String conv = o.toString().replaceAll("(?<!\\\\)([+*])\\?(?=\\)*(\\||\\$|$))", "$1");
    return jdk(p, conv, OsPattern.Dialect.OS_REGEX);
  }

  public static OsPattern osMatch(String p) throws PatternException {
    if (p.isEmpty()) return jdk(p, "", OsPattern.Dialect.OS_MATCH);
    if (OSMATCH_LITERAL.matcher(p).matches() && (p.startsWith("^") || p.endsWith("$"))) {
      return literal(p, OsPattern.Dialect.OS_MATCH);
    }
    StringBuilder o = new StringBuilder();
    for (char c : p.toCharArray()) {
      if (".[]{}+?*()\\".indexOf(c) >= 0) o.append('\\');
      o.append(c);
    }
    return jdk(p, o.toString(), OsPattern.Dialect.OS_MATCH);
  }

  public static OsPattern pcre2(String p) throws PatternException {
    if (OSREGEX_LITERAL.matcher(p).matches() && (p.startsWith("^") || p.endsWith("$"))) {
      return literal(p, OsPattern.Dialect.PCRE2);
    }
    return jdk(p, p, OsPattern.Dialect.PCRE2);
  }

  public static boolean wordMatch(String pattern, String subject) {
    if (pattern.isEmpty()) return false;
    String s = subject.toLowerCase();
    for (String alt : pattern.toLowerCase().split("\\|", -1)) {
      if (alt.isEmpty()) return true;
      if (alt.startsWith("^") ? s.startsWith(alt.substring(1)) : s.contains(alt)) return true;
    }
    return false;
  }

  private static OsPattern literal(String p, OsPattern.Dialect d) {
    boolean start = p.startsWith("^"), end = p.endsWith("$");
    String lit = p.substring(start ? 1 : 0, p.length() - (end ? 1 : 0));
    return new OsPattern() {
      public Dialect dialect() { return d; }
      public String source() { return p; }
      public Engine engine() { return Engine.LITERAL; }
      public boolean test(CharSequence s) { return find(s, 0, null) >= 0; }
      public int find(CharSequence cs, int from, @Nullable Captures c) {
        if (c != null) c.clear();
        String s = cs.toString().substring(from);
        if (start && end) return s.equalsIgnoreCase(lit) ? from + lit.length() : -1;
        if (start) return s.regionMatches(true, 0, lit, 0, lit.length()) ? from + lit.length() : -1;
        return s.length() >= lit.length() && s.regionMatches(true, s.length() - lit.length(), lit, 0, lit.length()) ? cs.length() : -1;
      }
    };
  }

  private static OsPattern jdk(String src, String re, OsPattern.Dialect d) throws PatternException {
    Pattern pat;
    try { pat = Pattern.compile(re, Pattern.CASE_INSENSITIVE | Pattern.UNIX_LINES); }
    catch (Exception e) { throw new PatternException(e.getMessage()); }
    return new OsPattern() {
      public Dialect dialect() { return d; }
      public String source() { return src; }
      public Engine engine() { return Engine.JDK; }
      public boolean test(CharSequence s) { return pat.matcher(s).find(); }
      public int find(CharSequence s, int from, @Nullable Captures c) {
        Matcher m = pat.matcher(s); m.region(from, s.length());
        if (!m.find()) return -1;
        if (c != null) { c.clear(); for (int g = 1; g <= m.groupCount(); g++) { String v = m.group(g); if (v != null) c.add(v); } }
        return m.end();
      }
    };
  }
}
