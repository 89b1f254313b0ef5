package org.osprey.analysis.pattern;

import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.pattern.OsPattern.Dialect;
import org.osprey.analysis.pattern.OsPattern.Engine;

/**
 * Compiles PCRE2 syntax (written by the user, or produced by the OS_Regex/OS_Match converters) onto
 * an engine: parse, look for super-linear shapes, pick JDK / RE2/J / budgeted JDK, emit, compile.
 */
final class RegexCompiler {
  private static final int JDK_BYTE_FLAGS =
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNIX_LINES;
  private static final int JDK_UTF_FLAGS = java.util.regex.Pattern.UNIX_LINES;

  private RegexCompiler() {}

  /**
   * @param pcre2 the PCRE2 pattern, one char per byte
   * @param utf whether PCRE2 would run it in UTF mode (OS_Regex, OS_Match)
   * @param forced the engine to use, or null to choose
   */
  static OsPattern compile(Dialect dialect, String source, String pcre2, boolean utf, @Nullable Engine forced)
      throws PatternException {
    String text = pcre2;
    if (utf) {
      String decoded = Utf8.isAscii(pcre2, 0) ? pcre2 : Utf8.decode(pcre2, 0);
      if (decoded == null) {
        throw new PatternException("pattern is not valid UTF-8");
      }
      text = decoded;
    }
    Pcre2Parser.Parsed parsed = Pcre2Parser.parse(text, utf);
    Node root = parsed.root();
    String obstacle = Emitter.re2jObstacle(root);
    Engine engine;
    String note;
    if (forced != null) {
      if (forced == Engine.LITERAL) {
        throw new PatternException("the pattern is not an anchored literal; it cannot run as LITERAL");
      }
      if (forced == Engine.RE2J && obstacle != null) {
        throw new PatternException("RE2/J cannot run this pattern: " + obstacle);
      }
      engine = forced;
      note = "engine chosen by the caller";
    } else {
      RiskAnalyzer.Risk risk = RiskAnalyzer.analyze(root, text, utf ? CaseFold.UNICODE : CaseFold.ASCII);
      if (risk == null) {
        engine = Engine.JDK;
        note = "";
      } else if (obstacle == null) {
        engine = Engine.RE2J;
        note = risk.kind() + " " + risk.fragment() + " — runs on RE2/J";
      } else {
        engine = Engine.JDK_BOUNDED;
        note = risk.kind() + " " + risk.fragment() + " — runs on java.util.regex with a work budget ("
            + obstacle + " needs backtracking)";
      }
    }
    Runner main;
    try {
      main = runner(root, utf, engine, forced == null);
    } catch (com.google.re2j.PatternSyntaxException e) {
      if (forced != null) {
        throw new PatternException("RE2/J cannot compile this pattern: " + e.getDescription(), e);
      }
      engine = Engine.JDK_BOUNDED;
      note = note.replace("runs on RE2/J", "runs on java.util.regex with a work budget (too large for RE2/J)");
      main = runner(root, utf, engine, forced == null);
    }
    CompiledPattern compiled;
    if (!utf) {
      compiled = new RegexPattern(dialect, source, engine, note, main);
    } else {
      Runner ascii = null;
      if (Utf8.isAscii(text, 0)) {
        ascii = runner(Pcre2Parser.parse(text, false).root(), false, engine, forced == null);
      }
      compiled = new Utf8Pattern(dialect, source, engine, note, ascii, main);
    }
    compiled.requiredPrefix(Prefilter.requiredPrefix(root, utf));
    if (forced != null) {
      return compiled;
    }
    Prefilter prefilter = Prefilter.of(root, utf);
    return prefilter == null && compiled.requiredPrefix() == null ? compiled
        : new PrefilteredPattern(compiled, prefilter);
  }

  /**
   * @param speculate whether an RE2/J pattern may try the JDK first (see
   *     {@link JdkRunner#speculative}); not when the caller forced the engine
   */
  private static Runner runner(Node root, boolean utf, Engine engine, boolean speculate)
      throws PatternException {
    return switch (engine) {
      case JDK -> {
        JdkRunner jdk = jdk(root, utf, false);
        SequenceRunner sequence = utf ? null : SequenceRunner.of(root, CaseFold.ASCII, jdk);
        yield sequence != null ? sequence : jdk;
      }
      case JDK_BOUNDED -> jdk(root, utf, true);
      case RE2J -> {
        Emitter.Emitted e = Emitter.re2j(root, utf);
        com.google.re2j.Pattern p = com.google.re2j.Pattern.compile(e.pattern());
        Runner re2j =
            new Re2jRunner(p, e.newlineSensitive() ? jdk(root, utf, true) : null, e.newlineSensitive());
        if (!speculate) {
          yield re2j;
        }
        // Most subjects need little backtracking: the JDK answers them under a small budget, and
        // RE2/J the ones that would spend it.
        try {
          yield JdkRunner.speculative(jdkPattern(root, utf), Analysis.jdkCaptureLeaks(root),
              anchoredAtStart(root), re2j);
        } catch (PatternException jdkCannot) {
          yield re2j;
        }
      }
      case LITERAL -> throw new IllegalArgumentException("LITERAL has no runner");
    };
  }

  /** Whether every alternative begins with {@code ^} (start of subject, not of line). */
  static boolean anchoredAtStart(Node n) {
    return switch (n) {
      case Node.Anchor a -> a.kind() == Node.Kind.START_OF_SUBJECT;
      case Node.Seq s -> !s.items().isEmpty() && anchoredAtStart(s.items().getFirst());
      case Node.Alt a -> !a.alternatives().isEmpty()
          && a.alternatives().stream().allMatch(RegexCompiler::anchoredAtStart);
      case Node.Group g -> anchoredAtStart(g.body());
      case Node.Atomic a -> anchoredAtStart(a.body());
      default -> false;
    };
  }

  private static java.util.regex.Pattern jdkPattern(Node root, boolean utf) throws PatternException {
    try {
      return java.util.regex.Pattern.compile(Emitter.jdk(root, utf), utf ? JDK_UTF_FLAGS : JDK_BYTE_FLAGS);
    } catch (PatternSyntaxException | StackOverflowError e) {
      throw new PatternException("java.util.regex cannot compile the translated pattern: " + e.getMessage(), e);
    }
  }

  private static JdkRunner jdk(Node root, boolean utf, boolean bounded) throws PatternException {
    Runner overflow = null;
    if (Analysis.recursesPerRepetition(root) && Emitter.re2jObstacle(root) == null) {
      Emitter.Emitted e = Emitter.re2j(root, utf);
      try {
        // Subjects ending in a newline are the one case RE2/J hands back to the JDK; searched
        // as a whole they overflow again and then count as aborted.
        overflow =
            new Re2jRunner(com.google.re2j.Pattern.compile(e.pattern()), null, e.newlineSensitive());
      } catch (com.google.re2j.PatternSyntaxException ex) {
        overflow = null;
      }
    }
    return new JdkRunner(jdkPattern(root, utf), bounded, Analysis.jdkCaptureLeaks(root), overflow,
        anchoredAtStart(root));
  }
}
