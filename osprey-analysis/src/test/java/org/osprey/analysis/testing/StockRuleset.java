package org.osprey.analysis.testing;

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
 * OSSEC's stock ruleset from ../shared, loaded as logtest loads it with the reference
 * ossec-server.conf. The reference tree keeps rules in etc/rules while an install keeps them in
 * rules/, so a home folder links both.
 */
public final class StockRuleset {
  private StockRuleset() {}

  /** Makes the home folder under {@code work}; returns it. */
  public static Path home(Path work) throws IOException {
    Path ref = SharedReference.ossec();
    Path home = work.resolve("ossec-home");
    if (!Files.exists(home)) {
      Files.createDirectories(home);
      Files.createSymbolicLink(home.resolve("etc"), ref.resolve("etc"));
      Files.createSymbolicLink(home.resolve("rules"), ref.resolve("etc/rules"));
    }
    return home;
  }

  /** logtest options over the stock ruleset in {@code home}. */
  public static LogtestOptions options(Path home, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("-q", "-c",
        home.resolve("etc/ossec-server.conf").toString(), "-D", home.toString(), "-H", "osprey-test"));
    args.addAll(List.of(extra));
    return LogtestOptions.parse(args);
  }

  /** Loads the stock ruleset. */
  public static Ruleset load(Path work) throws IOException {
    Path home = home(work);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Ruleset rs = new Logtest(InstantSource.system(), ZoneId.systemDefault())
        .load(options(home), new PrintStream(errors, true, StandardCharsets.ISO_8859_1));
    if (rs == null) {
      throw new IllegalStateException("stock ruleset did not load:\n"
          + errors.toString(StandardCharsets.ISO_8859_1));
    }
    return rs;
  }
}
