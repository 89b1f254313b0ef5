package org.osprey.analysis.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.osprey.analysis.decoder.DecoderLoader;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.engine.Analyzer;
import org.osprey.analysis.engine.DiffStore;
import org.osprey.analysis.engine.EngineState;
import org.osprey.analysis.engine.FtsStore;
import org.osprey.analysis.engine.IgnoreStore;
import org.osprey.analysis.engine.Outcome;
import org.osprey.analysis.engine.RuleMatcher;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.load.Problems;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.rule.RuleLoader;
import org.osprey.analysis.rule.RuleSet;
import org.osprey.queue.QueueMessage;
import org.osprey.xml.OssecXml;

/**
 * The real engine on the small ruleset in {@code src/test/resources/output}, so the outputs are fed
 * the events and rules the daemon will give them. The server is called {@code ospreyhost}.
 */
final class TestEngine {
  static final String SERVER = "ospreyhost";
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  final DecoderSet decoders;
  final RuleSet rules;
  final EngineState state;
  final Analyzer analyzer;
  private final Captures caps = new Captures();

  TestEngine() {
    Problems problems = new Problems();
    DecoderLoader dl = new DecoderLoader(256, problems);
    dl.load(xml("/output/decoders.xml"));
    decoders = dl.build();
    RuleLoader rl = new RuleLoader(RuleLoader.Settings.defaults(), decoders, problems);
    rl.load(xml("/output/rules.xml"));
    rules = rl.build();
    if (problems.hasErrors()) {
      throw new IllegalStateException("test ruleset: " + problems.all());
    }
    EngineState.Settings s = new EngineState.Settings(8192, 128, 32, 14, false);
    state = new EngineState(rules, s, FtsStore.inMemory(32, 14), DiffStore.inMemory(),
        IgnoreStore.readOnly(), EngineState.Lists.NONE, EngineState.CrawlerCheck.PREFIXES_ONLY);
    analyzer = new Analyzer(new PreDecoder(SERVER, ZONE), decoders, new RuleMatcher(rules), state,
        true);
  }

  private static org.osprey.xml.XmlDocument xml(String resource) {
    try (InputStream in = TestEngine.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing");
      }
      return OssecXml.parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1), resource);
    } catch (IOException | org.osprey.xml.XmlParseException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  /** Analyses the queue message {@code wire} received at {@code epochSecond}. */
  Outcome analyze(String wire, long epochSecond) {
    return analyzer.analyze(QueueMessage.parse(wire), epochSecond, caps);
  }

  /** The event of an analysis that must have produced one. */
  Event event(String wire, long epochSecond) {
    Event e = analyze(wire, epochSecond).event();
    if (e == null) {
      throw new IllegalStateException("dropped: " + wire);
    }
    return e;
  }

  /** Only pre-decodes and decodes (no rule matching). */
  Event decoded(String wire, long epochSecond) {
    Event e = analyzer.predecode(QueueMessage.parse(wire), epochSecond);
    if (e == null) {
      throw new IllegalStateException("dropped: " + wire);
    }
    analyzer.decode(e, caps);
    return e;
  }

  Rule rule(int id) {
    Rule r = rules.byId(id);
    if (r == null) {
      throw new IllegalArgumentException("no rule " + id);
    }
    return r;
  }
}
