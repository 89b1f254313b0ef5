package org.osprey.analysis.daemon;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.osprey.analysis.engine.Analyzer;
import org.osprey.analysis.engine.CrawlerVerifier;
import org.osprey.analysis.engine.DiffStore;
import org.osprey.analysis.engine.EngineState;
import org.osprey.analysis.engine.FtsStore;
import org.osprey.analysis.engine.IgnoreStore;
import org.osprey.analysis.engine.RuleLists;
import org.osprey.analysis.engine.RuleMatcher;
import org.osprey.analysis.internal.InternalDecoders;
import org.osprey.analysis.internal.SyscheckSettings;
import org.osprey.analysis.load.Problem;
import org.osprey.analysis.load.Problems;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.load.RulesetException;
import org.osprey.analysis.load.RulesetLoader;
import org.osprey.analysis.load.RulesetSources;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.analysis.rule.RuleLoader;
import org.osprey.config.ConfigException;
import org.osprey.config.InternalOptions;
import org.osprey.config.OssecConfig;

/**
 * Builds analysisd's engine from an install: ossec.conf, internal options, the ruleset and the state
 * stores under {@code queue/} (first-time-seen, ignore, check_diff), so a restart keeps them.
 */
public final class EngineFactory {

  /** What analysisd takes from its configuration, read once at the edge. */
  public record Settings(OssecConfig config, InternalOptions options, int threads, int queueSize,
      int decoderOrderSize, boolean logFirewall, EngineState.Settings state) {

    public static Settings read(Path home) throws ConfigException {
      OssecConfig config = OssecConfig.load(home.resolve("etc/ossec.conf"));
      InternalOptions o = InternalOptions.load(home.resolve("etc"));
      int threads = o.getInt("analysisd", "event_threads", 0, 32);
      if (threads == 0) {
        threads = Math.min(32, Runtime.getRuntime().availableProcessors());
      }
      return new Settings(config, o, threads,
          o.getInt("analysisd", "raw_input_queue_size", 128, 2_000_000),
          o.getInt("analysisd", "decoder_order_size", 8, 1024),
          o.getInt("analysisd", "log_fw", 0, 1) == 1,
          new EngineState.Settings(config.global().memorySize(),
              o.getInt("analysisd", "sid_prev_matched_max", 16, 65536),
              o.getInt("analysisd", "fts_list_size", 12, 512),
              o.getInt("analysisd", "fts_min_size_for_str", 6, 128), false));
    }

    public int defaultTimeframe() throws ConfigException {
      return options.getInt("analysisd", "default_timeframe", 60, 604800);
    }
  }

  private final Path home;
  private final String serverHostname;
  private final ZoneId zone;
  private final CrawlerVerifier crawler = new CrawlerVerifier(Duration.ofSeconds(5), 100_000);

  public EngineFactory(Path home, String serverHostname, ZoneId zone) {
    this.home = home;
    this.serverHostname = serverHostname;
    this.zone = zone;
  }

  /**
   * Loads the ruleset and builds a fresh engine. Every problem goes to {@code report} (warnings too);
   * errors throw.
   */
  public AnalysisEngine build(Settings s, Consumer<String> report) throws RulesetException,
      IOException, ConfigException {
    Problems problems = new Problems();
    RulesetSources sources = RulesetSources.resolve(s.config().rules(), home, home.resolve("rules"),
        problems);
    problems.throwIfErrors();
    RuleLoader.Settings rules = new RuleLoader.Settings(s.config().alerts().emailAlertLevel(),
        s.config().alerts().logAlertLevel(), s.defaultTimeframe());
    Ruleset rs = RulesetLoader.load(sources, home, rules, s.decoderOrderSize(), f -> { });
    for (Problem p : rs.problems()) {
      report.accept("WARN: " + p);
    }
    for (String line : PatternReport.lines(rs)) {
      report.accept("INFO: " + line);
    }
    report.accept("INFO: Loaded " + sources.decoderFiles().size() + " decoder files, "
        + sources.ruleFiles().size() + " rule files, " + rs.rules().rules().size() + " rules, "
        + rs.lists().lists().size() + " lists.");
    EngineState.Settings st = s.state();
    EngineState state = new EngineState(rs.rules(), st,
        FtsStore.persistent(home.resolve("queue/fts/fts-queue"), st.ftsListSize(),
            st.ftsMinSizeForStr()),
        DiffStore.onDisk(home.resolve("queue/diff")),
        IgnoreStore.persistent(home.resolve("queue/fts/ig-queue")), new RuleLists(rs.lists()),
        crawler);
    InternalDecoders internal = new InternalDecoders(home.resolve("queue"), rs.decoders(),
        SyscheckSettings.from(s.config().syscheck()));
    Analyzer analyzer = new Analyzer(new PreDecoder(serverHostname, zone), rs.decoders(),
        new RuleMatcher(rs.rules()), state, true, internal);
    return new AnalysisEngine(rs, analyzer, internal);
  }

  /** Problems of a failed load, one line each. */
  static List<String> lines(RulesetException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  /** The name local events without a syslog hostname get. */
  public String serverHostname() {
    return serverHostname;
  }

  public void close() {
    crawler.close();
  }
}
