package org.osprey.analysis.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.analysis.testing.IniCorpus;
import org.osprey.analysis.engine.Analyzer;
import org.osprey.analysis.engine.EngineState;
import org.osprey.analysis.engine.RuleMatcher;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.testing.StockRuleset;
import org.osprey.queue.QueueMessage;
import org.osprey.testing.SharedReference;

/**
 * One test, many engines: the pipeline must give exactly the alerts of a single thread, whatever the
 * number of decoding threads and the batch size, including correlation (frequency) alerts.
 */
class PipelineThreadsTest {
  @TempDir static Path work;
  static Ruleset ruleset;
  static List<QueueMessage> stream;
  static List<String> expected;

  @BeforeAll
  static void setUp() throws Exception {
    ruleset = StockRuleset.load(work);
    stream = stream();
    expected = run(1, 1);
  }

  /** Every corpus line, then bursts that trip frequency rules, interleaved with other sources. */
  static List<QueueMessage> stream() throws Exception {
    List<QueueMessage> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(SharedReference.ossec().resolve("ossec-testing/tests"))) {
      for (Path ini : s.filter(p -> p.toString().endsWith(".ini")).sorted().toList()) {
        for (IniCorpus.Case c : IniCorpus.read(ini)) {
          out.add(new QueueMessage('1', "/var/log/test", c.log()));
        }
      }
    }
    for (int i = 0; i < 40; i++) {
      String ip = "10.0.0." + (i % 3);
      out.add(new QueueMessage('1', "/var/log/auth.log", "Jun 20 17:19:" + (10 + i % 50)
          + " host sshd[" + (100 + i) + "]: Failed password for root from " + ip + " port "
          + (4000 + i) + " ssh2"));
      out.add(new QueueMessage('1', "/var/log/auth.log", "Jun 20 17:20:" + (10 + i % 50)
          + " host sshd[" + (200 + i) + "]: Failed password for invalid user u" + i + " from "
          + ip + " port " + (5000 + i) + " ssh2"));
      out.add(new QueueMessage('1', "/var/log/apache/access.log", "10.1.1." + (i % 2)
          + " - - [1/Apr/2014:00:00:01 -0500] \"GET /nope" + i + ".php HTTP/1.1\" 404 181 \"-\""
          + " \"Mozilla/5.0\""));
    }
    return out;
  }

  static List<String> run(int threads, int batch) throws Exception {
    InstantSource clock = InstantSource.fixed(Instant.parse("2026-11-23T10:00:00Z"));
    EngineState state = EngineState.inMemory(ruleset,
        new EngineState.Settings(8192, 128, 32, 14, false));
    Analyzer analyzer = new Analyzer(new PreDecoder("osprey-test", ZoneId.of("UTC")),
        ruleset.decoders(), new RuleMatcher(ruleset.rules()), state, true);
    List<String> alerts = new ArrayList<>();
    AlertSink sink = new AlertSink() {
      @Override
      public void alert(Event e, Rule rule) {
        alerts.add((alerts.size() + 1) + " " + rule.id() + " " + e.fullLog() + " " + e.lastEvents());
      }

      @Override
      public void deadLetter(QueueMessage m, String reason) {
        alerts.add("FAILED " + reason);
      }
    };
    AnalysisPipeline p = new AnalysisPipeline(new AnalysisEngine(ruleset, analyzer),
        new AnalysisPipeline.Settings(threads, batch, Math.max(batch, 1024), false, true), sink,
        clock, line -> { });
    for (QueueMessage m : stream) {
      p.put(m);
    }
    p.close();
    return alerts;
  }

  @ParameterizedTest(name = "{0} threads, batches of {1}")
  @CsvSource({"2, 1", "2, 7", "4, 64", "3, 256"})
  void sameAlertsAsOneThread(int threads, int batch) throws Exception {
    assertThat(run(threads, batch)).containsExactlyElementsOf(expected);
  }

  @org.junit.jupiter.api.Test
  void streamProducesCorrelationAlerts() {
    assertThat(expected).hasSizeGreaterThan(150);
    assertThat(expected).anyMatch(a -> a.split(" ")[1].equals("5720"));
    assertThat(expected).noneMatch(a -> a.startsWith("FAILED"));
  }

  static @Nullable String ruleOf(String alert) {
    return alert.split(" ")[1];
  }
}
