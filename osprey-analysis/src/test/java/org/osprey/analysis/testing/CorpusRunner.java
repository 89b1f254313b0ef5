package org.osprey.analysis.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.logtest.Logtest;
import org.osprey.analysis.logtest.LogtestOptions;

/**
 * Runs corpus cases as runtests.py does: per line a fresh {@code logtest -q -c conf -D dir -U
 * rule:level:decoder} with the line on standard input, its exit code compared (0 for a pass line,
 * non-zero for a fail line). The ruleset is loaded once; each case gets a fresh engine state, which
 * is what a fresh process has.
 */
public final class CorpusRunner {
  private final Logtest logtest = new Logtest(InstantSource.system(), ZoneId.systemDefault());
  private final Ruleset ruleset;
  private final Path home;
  private final Path config;

  private CorpusRunner(Ruleset ruleset, Path home, Path config) {
    this.ruleset = ruleset;
    this.home = home;
    this.config = config;
  }

  /**
   * A runner over OSSEC's stock ruleset with the reference ossec-server.conf (see
   * {@link StockRuleset#home}).
   */
  public static CorpusRunner stockRuleset(Path work) throws IOException {
    Path home = StockRuleset.home(work);
    return load(home, home.resolve("etc/ossec-server.conf"));
  }

  /**
   * A runner over the ruleset that {@code config} names, in the install folder {@code home}.
   *
   * @throws IllegalStateException with logtest's messages when the ruleset does not load
   */
  public static CorpusRunner load(Path home, Path config) {
    Logtest lt = new Logtest(InstantSource.system(), ZoneId.systemDefault());
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Ruleset rs = lt.load(options(home, config, "1:1:x"),
        new PrintStream(errors, true, StandardCharsets.ISO_8859_1));
    if (rs == null) {
      throw new IllegalStateException("ruleset of " + config + " did not load:\n"
          + errors.toString(StandardCharsets.ISO_8859_1));
    }
    return new CorpusRunner(rs, home, config);
  }

  public Ruleset ruleset() {
    return ruleset;
  }

  private static LogtestOptions options(Path home, Path config, String unit) {
    return LogtestOptions.parse(List.of("-q", "-c", config.toString(), "-D", home.toString(),
        "-H", "osprey-test", "-U", unit));
  }

  /** The logtest exit code for {@code c}, and what it printed. */
  public Result run(IniCorpus.Case c) throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.ISO_8859_1);
    int code = logtest.run(ruleset, options(home, config, c.rule() + ":" + c.level() + ":"
        + c.decoder()), new ByteArrayInputStream((c.log() + "\n").getBytes(
            StandardCharsets.ISO_8859_1)), ps, ps);
    return new Result(code, sink.toString(StandardCharsets.ISO_8859_1));
  }

  /** Whether {@code c} passes: exit 0 for a pass line, anything else for a fail line. */
  public boolean passes(IniCorpus.Case c) throws IOException {
    int code = run(c).exitCode();
    return c.pass() ? code == 0 : code != 0;
  }

  /**
   * One line explaining a failed case: what was expected, and which rule, level and decoder
   * logtest gave.
   */
  public String explain(IniCorpus.Case c) throws IOException {
    Result r = run(c);
    StringBuilder b = new StringBuilder();
    b.append(c.id()).append(": exit ").append(r.exitCode()).append(", expected ")
        .append(c.pass() ? "0" : "non-zero").append(" for ").append(c.rule()).append(':')
        .append(c.level()).append(':').append(c.decoder()).append("\n    ").append(c.log());
    r.output().lines()
        .filter(l -> l.contains("Rule id") || l.contains("decoder:") || l.contains("Level:")
            || l.contains("No rule") || l.contains("decoder matched"))
        .forEach(l -> b.append("\n   ").append(l));
    return b.toString();
  }

  /** What logtest returned and printed. */
  public record Result(int exitCode, String output) {}
}
