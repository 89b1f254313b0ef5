package org.osprey.analysis.logtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.alert.AlertText;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.engine.Analyzer;
import org.osprey.analysis.engine.EngineState;
import org.osprey.analysis.engine.Outcome;
import org.osprey.analysis.engine.RuleMatcher;
import org.osprey.analysis.engine.Trace;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.load.Problem;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.load.RulesetException;
import org.osprey.analysis.load.RulesetLoader;
import org.osprey.analysis.load.RulesetSources;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.analysis.rule.InfoDetail;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.rule.RuleLoader;
import org.osprey.config.ConfigException;
import org.osprey.config.InternalOptions;
import org.osprey.config.OssecConfig;
import org.osprey.queue.QueueMessage;

/**
 * OSSEC's {@code ossec-logtest}: reads one log per line from standard input and prints how each is
 * pre-decoded, decoded and matched (Phase 1/2/3 on standard error), or with {@code -a} the alerts on
 * standard output, or with {@code -U} checks an expected rule, level and decoder and exits with
 * OSSEC's codes (0 all equal, 1 level differs, 2 rule differs, 3 decoder differs, 255 no rule).
 */
public final class Logtest {
  static final String NAME = "ossec-testrule";
  /** fgets into OSSEC's 6144-byte buffer after {@code 1:stdin:}: longer lines become several events. */
  static final int MAX_LINE = 6135;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

  private final InstantSource clock;
  private final ZoneId zone;

  public Logtest(InstantSource clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** Runs logtest; returns the process exit code. */
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws IOException {
    LogtestOptions o;
    try {
      o = LogtestOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      help(err);
      return 1;
    }
    if (o.version()) {
      out.println("Osprey logtest (OSSEC HIDS v4.3.0 compatible)");
      return 0;
    }
    if (o.help()) {
      help(out);
      return 0;
    }
    Ruleset ruleset = load(o, err);
    if (ruleset == null) {
      return 1;
    }
    if (o.testConfig()) {
      return 0;
    }
    verbose(err, NAME + ": INFO: Started (pid: " + ProcessHandle.current().pid() + ").");
    return run(ruleset, o, in, out, err);
  }

  /** Runs the input through an already loaded ruleset (a fresh engine state, as a new process). */
  public int run(Ruleset ruleset, LogtestOptions o, InputStream in, PrintStream out,
      PrintStream err) throws IOException {
    PreDecoder pre = new PreDecoder(serverHostname(o), zone);
    EngineState state = EngineState.forLogtest(ruleset);
    Analyzer analyzer = new Analyzer(pre, ruleset.decoders(), new RuleMatcher(ruleset.rules()),
        state, false);
    return new Session(o, analyzer, out, err).loop(in);
  }

  private static void help(PrintStream to) {
    to.println("usage: osprey logtest [-Vhdtavq] [-c config] [-D dir] [-U rule:level:decoder]"
        + " [-H hostname]");
    to.println("  -t  test the configuration and exit      -a  print alerts (alerts.log format)");
    to.println("  -v  trace every rule tried               -q  quieter loading");
    to.println("  -c  ossec.conf to read                   -D  install directory (default /var/ossec)");
    to.println("  -U  unit test: expect rule:level:decoder; exit 0 when all match");
    to.println("  -H  hostname for local events without one (default: this machine's)");
  }

  /** Loads the configuration and ruleset the options name; null (after printing why) on errors. */
  public @Nullable Ruleset load(LogtestOptions o, PrintStream err) {
    OssecConfig config;
    try {
      config = OssecConfig.load(o.configFile());
    } catch (ConfigException e) {
      for (var p : e.problems()) {
        err.println(NAME + ": ERROR: " + p);
      }
      err.println(NAME + ": CRITICAL: Configuration error at '" + o.configFile() + "'. Exiting.");
      return null;
    }
    int orderSize = 256;
    Path etc = o.dir().resolve("etc");
    if (Files.isRegularFile(etc.resolve("internal_options.conf"))) {
      try {
        orderSize = InternalOptions.load(etc).getInt("analysisd", "decoder_order_size", 8, 1024);
      } catch (ConfigException e) {
        for (var p : e.problems()) {
          err.println(NAME + ": ERROR: " + p);
        }
        return null;
      }
    }
    org.osprey.analysis.load.Problems problems = new org.osprey.analysis.load.Problems();
    RulesetSources sources = RulesetSources.resolve(config.rules(), o.dir(),
        o.dir().resolve("rules"), problems);
    if (sources.legacyDecoders()) {
      verbose(err, NAME + ": INFO: Reading local decoder file.");
    } else if (!o.quiet()) {
      for (Path f : sources.decoderFiles()) {
        verbose(err, NAME + ": INFO: Reading decoder file " + o.dir().relativize(f) + ".");
      }
    }
    for (String list : sources.lists()) {
      verbose(err, NAME + ": INFO: Reading the lists file: '" + list + "'");
    }
    for (Problem p : problems.all()) {
      err.println(NAME + ": ERROR: " + p);
    }
    if (problems.hasErrors()) {
      return null;
    }
    RuleLoader.Settings settings = new RuleLoader.Settings(
        config.alerts().emailAlertLevel(), config.alerts().logAlertLevel(), 360);
    try {
      return RulesetLoader.load(sources, o.dir(), settings, orderSize, f -> { });
    } catch (RulesetException e) {
      for (Problem p : e.problems()) {
        err.println(NAME + ": " + (p.fatal() ? "ERROR: " : "WARN: ") + p);
      }
      err.println(NAME + ": CRITICAL: Error loading the rules. Exiting.");
      return null;
    }
  }

  private String serverHostname(LogtestOptions o) {
    if (o.hostname() != null) {
      return o.hostname();
    }
    try {
      String h = InetAddress.getLocalHost().getHostName();
      int dot = h.indexOf('.');
      return dot < 0 ? h : h.substring(0, dot);
    } catch (IOException e) {
      return "localhost";
    }
  }

  private void verbose(PrintStream err, String text) {
    err.println(LocalDateTime.ofInstant(clock.instant(), zone).format(STAMP) + " " + text);
  }

  /** One run over standard input. */
  private final class Session implements Trace {
    private final LogtestOptions o;
    private final Analyzer analyzer;
    private final PrintStream out;
    private final PrintStream err;
    private final Captures caps = new Captures();
    private long alertId = 1;
    private int exitCode;

    Session(LogtestOptions o, Analyzer analyzer, PrintStream out, PrintStream err) {
      this.o = o;
      this.analyzer = analyzer;
      this.out = out;
      this.err = err;
    }

    int loop(InputStream in) throws IOException {
      if (!o.alertOnly()) {
        print(NAME + ": Type one log per line.\n");
      }
      ByteArrayOutputStream line = new ByteArrayOutputStream(512);
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          line.write(b);
          if (!event(line)) {
            return 255;
          }
          line.reset();
        } else {
          line.write(b);
          if (line.size() == MAX_LINE) {
            if (!event(line)) {
              return 255;
            }
            line.reset();
          }
        }
      }
      if (line.size() > 0 && !event(line)) {
        return 255;
      }
      return exitCode;
    }

    /** Handles one fgets() worth of input; false when -U ends the run (no rule). */
    private boolean event(ByteArrayOutputStream raw) {
      String text = raw.toString(StandardCharsets.ISO_8859_1);
      if (text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      if (text.length() < 2) {
        return true;
      }
      if (!o.alertOnly()) {
        print("\n");
      }
      long now = clock.instant().getEpochSecond();
      Event e = analyzer.predecode(new QueueMessage('1', "stdin", text), now);
      if (e == null) {
        return true;
      }
      if (!o.alertOnly()) {
        print("**Phase 1: Completed pre-decoding.");
        print("       full event: '" + e.fullLog() + "'");
        print("       hostname: '" + nul(e.hostname()) + "'");
        print("       program_name: '" + nul(e.programName()) + "'");
        print("       log: '" + e.log() + "'");
        e.traceAssignments();
      }
      DecoderSet.Outcome decoded = analyzer.decode(e, caps);
      Decoder d = DecoderSet.of(e);
      if (!o.alertOnly()) {
        if (decoded != DecoderSet.Outcome.NO_DECODERS) {
          print("\n**Phase 2: Completed decoding.");
        }
        for (String a : e.assignments()) {
          print("       " + a);
        }
        if (decoded == DecoderSet.Outcome.NO_MATCH) {
          print("       No decoder matched.");
        }
        print("       decoder: '" + (d == null ? "(null)" : d.name()) + "'");
      }
      if (d != null && d.accumulate()) {
        print("\n**ACCUMULATOR: LEVEL UP!!**\n");
      }
      // Runs the accumulator; logtest reads queue 1 only, which no internal decoder drops.
      analyzer.decodeInOrder(e);
      if (o.verbose() && !o.alertOnly()) {
        print("\n**Rule debugging:");
      }
      Rule rule = analyzer.match(e, null, o.verbose() && !o.alertOnly() ? this : null);
      if (rule != null && !o.alertOnly()) {
        print("\n**Phase 3: Completed filtering (rules).");
        print("       Rule id: '" + rule.id() + "'");
        print("       Level: '" + rule.level() + "'");
        print("       Description: '" + rule.descriptionText() + "'");
        for (InfoDetail i : rule.info()) {
          print("       Info - " + i.type() + ": '" + i.data() + "'");
        }
      }
      Outcome outcome = analyzer.finish(e, rule);
      if (outcome.alert()) {
        if (o.alertOnly()) {
          out.print(AlertText.format(e, rule, alertId++));
          out.flush();
        } else {
          print("**Alert to be generated.\n\n");
        }
      }
      if (o.unitTest() != null) {
        return unitTest(d, rule);
      }
      return true;
    }

    private boolean unitTest(@Nullable Decoder d, @Nullable Rule rule) {
      String[] parts = o.unitTest().split(":", 3);
      String expectRule = parts[0];
      String expectLevel = parts.length > 1 ? parts[1] : "";
      String expectDecoder = parts.length > 2 ? parts[2] : "";
      exitCode = 3;
      print("lf->decoder_info->name: '" + (d == null ? "(null)" : d.name()) + "'");
      print("ut_decoder_name       : '" + expectDecoder + "'");
      if (d != null && d.name().equalsIgnoreCase(expectDecoder)) {
        exitCode--;
        if (rule == null) {
          verbose(err, NAME + ": No rule matched for decoder '" + d.name() + "'. Verify that rules"
              + " exist for this decoder and check if rules have required dependencies (if_sid,"
              + " if_matched_sid, if_matched_group, etc.).");
          return false;
        }
        if (Integer.toString(rule.id()).equalsIgnoreCase(expectRule)) {
          exitCode--;
          if (Integer.toString(rule.level()).equalsIgnoreCase(expectLevel)) {
            exitCode--;
            out.println(exitCode);
            out.flush();
          }
        }
      } else if (d != null) {
        print("decoder matched : '" + d.name() + "'");
        print("decoder expected: '" + expectDecoder + "'");
      } else {
        print("decoder matched : 'NULL'");
      }
      return true;
    }

    private void print(String s) {
      err.print(s);
      err.print('\n');
    }

    private static String nul(@Nullable String s) {
      return s == null ? "(null)" : s;
    }

    @Override
    public void trying(Rule rule) {
      print("    Trying rule: " + rule.id() + " - " + rule.descriptionText());
    }

    @Override
    public void matched(Rule rule) {
      print("       *Rule " + rule.id() + " matched.");
    }

    @Override
    public void tryingChildren() {
      print("       *Trying child rules.");
    }
  }
}
