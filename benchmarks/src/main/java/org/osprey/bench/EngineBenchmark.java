package org.osprey.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osprey.analysis.alert.AlertText;
import org.osprey.analysis.daemon.AlertSink;
import org.osprey.analysis.daemon.AnalysisEngine;
import org.osprey.analysis.daemon.AnalysisPipeline;
import org.osprey.analysis.engine.Analyzer;
import org.osprey.analysis.engine.EngineState;
import org.osprey.analysis.engine.Outcome;
import org.osprey.analysis.engine.RuleMatcher;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.logtest.Logtest;
import org.osprey.analysis.logtest.LogtestOptions;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.analysis.rule.Rule;
import org.osprey.queue.QueueMessage;

/**
 * The engine benchmark of the analysisd issue: a deterministic 500k-line corpus from OSSEC's sample
 * lines, run (1) through the engine on one thread and (2) through the analysisd pipeline on all cores
 * from its queue to an alerts.log file, with OSSEC's stock ruleset and the reference server rule
 * list. Prints events/s, CPU seconds, peak RSS, and checks that both runs give the same alerts.
 *
 * <p>Usage: {@code EngineBenchmark <shared-dir> [lines] [threads] [work-dir]}.
 */
public final class EngineBenchmark {
  private EngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int lines = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2])
        : Runtime.getRuntime().availableProcessors();
    Path work = Files.createTempDirectory(args.length > 3 ? Path.of(args[3])
        : Path.of(System.getProperty("java.io.tmpdir")), "osprey-bench");
    Path ref = shared.resolve("reference/ossec-4.3.0");

    List<String> corpus = CorpusGenerator.fromIniDirectory(ref.resolve("ossec-testing/tests"))
        .generate(20261123L, lines);
    List<QueueMessage> messages = new ArrayList<>(corpus.size());
    for (String l : corpus) {
      messages.add(new QueueMessage('1', "/var/log/messages", l));
    }
    Ruleset ruleset = stockRuleset(ref, work);
    System.out.printf(Locale.ROOT, "corpus: %d lines from %d samples; ruleset: %d rules%n",
        lines, CorpusGenerator.fromIniDirectory(ref.resolve("ossec-testing/tests")).sampleCount(),
        ruleset.rules().rules().size());

    // Warm-up: two full passes, so the JIT has compiled the hot paths before measuring. A single
    // pass varies by up to 20% from one to the next (code and heap layout), so several are
    // measured and the median is the figure.
    singleThread(ruleset, messages, false);
    singleThread(ruleset, messages, false);
    double[] rates = new double[PASSES];
    for (int i = 0; i < PASSES; i++) {
      rates[i] = singleThread(ruleset, messages, true);
    }
    double[] sorted = rates.clone();
    java.util.Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "(1) engine, 1 thread: median %.0f events/s of %d passes"
        + " (%.0f to %.0f)%n", sorted[PASSES / 2], PASSES, sorted[0], sorted[PASSES - 1]);
    pipeline(ruleset, messages, threads, work.resolve("alerts-warmup.log"), false);
    pipeline(ruleset, messages, threads, work.resolve("alerts.log"), true);
    // The daemon suppresses repeated syslog lines, which the engine alone (1) does not; the
    // pipeline on one thread is the reference for "the same alerts as one thread gives".
    pipeline(ruleset, messages, 1, work.resolve("alerts-1.log"), false);
    boolean same = java.util.Arrays.equals(Files.readAllBytes(work.resolve("alerts-1.log")),
        Files.readAllBytes(work.resolve("alerts.log")));
    System.out.printf(Locale.ROOT, "alerts.log of %d threads identical to 1 thread's: %s%n",
        threads, same);
    System.out.printf(Locale.ROOT, "peak RSS: %.0f MiB%n", Measure.peakRssMib());
  }

  static Ruleset stockRuleset(Path ref, Path work) throws IOException {
    Path home = work.resolve("ossec-home");
    Files.createDirectories(home);
    Files.createSymbolicLink(home.resolve("etc"), ref.resolve("etc").toAbsolutePath());
    Files.createSymbolicLink(home.resolve("rules"), ref.resolve("etc/rules").toAbsolutePath());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Ruleset rs = new Logtest(InstantSource.system(), ZoneId.systemDefault()).load(
        LogtestOptions.parse(List.of("-q", "-c", home.resolve("etc/ossec-server.conf").toString(),
            "-D", home.toString())), new PrintStream(err, true, StandardCharsets.UTF_8));
    if (rs == null) {
      throw new IllegalStateException(err.toString(StandardCharsets.UTF_8));
    }
    return rs;
  }

  static Analyzer analyzer(Ruleset rs) {
    return new Analyzer(new PreDecoder("bench", ZoneId.of("UTC")), rs.decoders(),
        new RuleMatcher(rs.rules()), EngineState.inMemory(rs,
            new EngineState.Settings(8192, 128, 32, 14, false)), true);
  }

  private static final int PASSES = 5;

  /** (1) The engine on one thread: pre-decode, decode, rules, correlation. Returns events/s. */
  static double singleThread(Ruleset rs, List<QueueMessage> messages, boolean print) {
    Analyzer a = analyzer(rs);
    Captures caps = new Captures();
    long now = Instant.parse("2026-11-23T10:00:00Z").getEpochSecond();
    long alerts = 0;
    double cpu0 = Measure.cpuSeconds();
    long t0 = System.nanoTime();
    for (QueueMessage m : messages) {
      Outcome o = a.analyze(m, now, caps);
      if (o.alert()) {
        alerts++;
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = Measure.cpuSeconds() - cpu0;
    if (print) {
      System.out.printf(Locale.ROOT, "(1) engine, 1 thread, one pass: %d events in %.2f s ="
          + " %.0f events/s, %.2f CPU s, %d alerts%n", messages.size(), secs, messages.size() / secs,
          cpu, alerts);
    }
    return messages.size() / secs;
  }

  /** (2) The analysisd pipeline from its queue to alerts.log. Returns {events, alerts}. */
  static long[] pipeline(Ruleset rs, List<QueueMessage> messages, int threads, Path alertsLog,
      boolean print) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(alertsLog, StandardCharsets.ISO_8859_1)) {
      StringBuilder block = new StringBuilder(1024);
      long[] alerts = {0};
      AlertSink sink = new AlertSink() {
        @Override
        public void alert(Event e, Rule rule) {
          block.setLength(0);
          AlertText.format(e, rule, alerts[0] + 1, block);
          try {
            w.append(block);
          } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
          }
          alerts[0]++;
        }

        @Override
        public void flush() {
          try {
            w.flush();
          } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
          }
        }
      };
      InstantSource clock = InstantSource.fixed(Instant.parse("2026-11-23T10:00:00Z"));
      double cpu0 = Measure.cpuSeconds();
      long t0 = System.nanoTime();
      AnalysisPipeline p = new AnalysisPipeline(new AnalysisEngine(rs, analyzer(rs)),
          new AnalysisPipeline.Settings(threads, 512, 65536, false, false), sink, clock, l -> { });
      for (QueueMessage m : messages) {
        p.put(m);
      }
      p.close();
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpu = Measure.cpuSeconds() - cpu0;
      if (!print) {
        return new long[] {messages.size(), alerts[0]};
      }
      System.out.printf(Locale.ROOT, "(2) analysisd pipeline, %d threads, queue to alerts.log: %d"
          + " events in %.2f s = %.0f events/s, %.2f CPU s, %d alerts, %d MiB written%n", threads,
          messages.size(), secs, messages.size() / secs, cpu, alerts[0],
          Files.size(alertsLog) >> 20);
      return new long[] {messages.size(), alerts[0]};
    }
  }
}
