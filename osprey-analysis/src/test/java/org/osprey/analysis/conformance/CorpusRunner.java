package org.osprey.analysis.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.logtest.Logtest;
import org.osprey.analysis.logtest.LogtestOptions;
import org.osprey.testing.SharedReference;

/**
 * Runs corpus cases as runtests.py does: per line a fresh {@code logtest -q -c conf -D dir -U
 * rule:level:decoder} with the line on standard input, its exit code compared (0 for a pass line,
 * non-zero for a fail line). The ruleset is loaded once; each case gets a fresh engine state, which
 * is what a fresh process has.
 */
final class CorpusRunner {
  private final Logtest logtest = new Logtest(InstantSource.system(), ZoneId.systemDefault());
  private final Ruleset ruleset;
  private final Path home;

  private CorpusRunner(Ruleset ruleset, Path home) {
    this.ruleset = ruleset;
    this.home = home;
  }

  /**
   * A runner over OSSEC's stock ruleset with the reference ossec-server.conf. The reference tree keeps
   * rules in etc/rules; an install keeps them in rules/, so {@code home} links both.
   */
  static CorpusRunner stockRuleset(Path work) throws IOException {
    Path ref = SharedReference.ossec();
    Path home = work.resolve("ossec-home");
    Files.createDirectories(home);
    Files.createSymbolicLink(home.resolve("etc"), ref.resolve("etc"));
    Files.createSymbolicLink(home.resolve("rules"), ref.resolve("etc/rules"));
    Logtest lt = new Logtest(InstantSource.system(), ZoneId.systemDefault());
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    LogtestOptions o = options(home, "1:1:x");
    Ruleset rs = lt.load(o, new PrintStream(errors, true, StandardCharsets.ISO_8859_1));
    if (rs == null) {
      throw new IllegalStateException("stock ruleset did not load:\n"
          + errors.toString(StandardCharsets.ISO_8859_1));
    }
    return new CorpusRunner(rs, home);
  }

  Ruleset ruleset() {
    return ruleset;
  }

  private static LogtestOptions options(Path home, String unit) {
    return LogtestOptions.parse(List.of("-q", "-c", home.resolve("etc/ossec-server.conf").toString(),
        "-D", home.toString(), "-H", "osprey-test", "-U", unit));
  }

  /** The logtest exit code for {@code c}, and what it printed. */
  Result run(IniCorpus.Case c) throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.ISO_8859_1);
    int code = logtest.run(ruleset, options(home, c.rule() + ":" + c.level() + ":" + c.decoder()),
        new ByteArrayInputStream((c.log() + "\n").getBytes(StandardCharsets.ISO_8859_1)), ps, ps);
    return new Result(code, sink.toString(StandardCharsets.ISO_8859_1));
  }

  record Result(int exitCode, String output) {}
}
