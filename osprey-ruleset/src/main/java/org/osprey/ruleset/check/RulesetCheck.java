package org.osprey.ruleset.check;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osprey.analysis.load.Problem;
import org.osprey.analysis.load.Problems;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.load.RulesetException;
import org.osprey.analysis.load.RulesetLoader;
import org.osprey.analysis.load.RulesetSources;
import org.osprey.analysis.rule.RuleLoader;
import org.osprey.config.ConfigException;
import org.osprey.config.InternalOptions;
import org.osprey.config.OssecConfig;

/**
 * Loads the ruleset an ossec.conf names, as the engine loads it, then runs every {@link Inspection}
 * over it. Load errors (duplicate ids, unknown {@code if_sid} parents or {@code decoded_as} decoders,
 * bad patterns) stop the inspections, as they stop the engine.
 */
public final class RulesetCheck {
  private static final List<Inspection> INSPECTIONS = List.of(
      new Unreachable(), new SilentRules(), new CostlyPatterns());

  private RulesetCheck() {}

  /**
   * What the check found.
   *
   * @param findings every finding, sorted by file and line
   * @param rules how many rules loaded (0 when loading failed)
   * @param decoderFiles how many decoder files were read
   * @param ruleFiles how many rule files were read
   */
  public record Report(List<Finding> findings, int rules, int decoderFiles, int ruleFiles) {
    public Report {
      findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /** Whether nothing but notes was found. */
    public boolean clean() {
      return findings.stream().allMatch(Finding::isNote);
    }

    /** The findings that are problems (not notes). */
    public List<Finding> problems() {
      return findings.stream().filter(f -> !f.isNote()).toList();
    }

    /** Prints every finding and a summary line; returns the exit code (0 clean, 1 otherwise). */
    public int print(PrintStream out) {
      findings.forEach(out::println);
      if (clean()) {
        out.println("ruleset clean: " + rules + " rules from " + ruleFiles + " rule files, "
            + decoderFiles + " decoder files");
        return 0;
      }
      int n = problems().size();
      out.println(n + (n == 1 ? " problem" : " problems") + " found");
      return 1;
    }
  }

  /** Checks the ruleset of the install {@code home} configured by {@code config}. */
  public static Report run(Path config, Path home) {
    OssecConfig conf;
    try {
      conf = OssecConfig.load(config);
    } catch (ConfigException e) {
      return new Report(e.problems().stream()
          .map(p -> new Finding(p.source(), p.line(), p.message())).toList(), 0, 0, 0);
    }
    int orderSize = 256;
    Path etc = home.resolve("etc");
    if (Files.isRegularFile(etc.resolve(InternalOptions.FILE))) {
      try {
        orderSize = InternalOptions.load(etc).getInt("analysisd", "decoder_order_size", 8, 1024);
      } catch (ConfigException e) {
        return new Report(e.problems().stream()
            .map(p -> new Finding(p.source(), p.line(), p.message())).toList(), 0, 0, 0);
      }
    }
    Problems problems = new Problems();
    RulesetSources sources = RulesetSources.resolve(conf.rules(), home, home.resolve("rules"),
        problems);
    if (problems.hasErrors()) {
      return new Report(findings(problems.all()), 0, 0, 0);
    }
    RuleLoader.Settings settings = new RuleLoader.Settings(conf.alerts().emailAlertLevel(),
        conf.alerts().logAlertLevel(), RuleLoader.Settings.defaults().defaultTimeframe());
    int decoderFiles = sources.decoderFiles().size();
    int ruleFiles = sources.ruleFiles().size();
    try {
      Ruleset rs = RulesetLoader.load(sources, home, settings, orderSize, f -> { });
      List<Finding> found = findings(rs.problems());
      found.addAll(inspect(rs));
      return new Report(found, rs.rules().rules().size(), decoderFiles, ruleFiles);
    } catch (RulesetException e) {
      return new Report(findings(e.problems()), 0, decoderFiles, ruleFiles);
    }
  }

  /** Runs the inspections over a loaded ruleset. */
  public static List<Finding> inspect(Ruleset rs) {
    List<Finding> out = new ArrayList<>();
    for (Inspection i : INSPECTIONS) {
      out.addAll(i.inspect(rs));
    }
    return out;
  }

  private static List<Finding> findings(List<Problem> problems) {
    List<Finding> out = new ArrayList<>();
    for (Problem p : problems) {
      out.add(new Finding(p.source(), p.line(), (p.fatal() ? "" : "warning: ") + p.message()));
    }
    return out;
  }
}
