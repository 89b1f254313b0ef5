package org.osprey.analysis.daemon;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.load.RulesetException;
import org.osprey.analysis.output.AnalysisOutputs;
import org.osprey.analysis.output.OutputSettings;
import org.osprey.analysis.output.RuleTotals;
import org.osprey.analysis.output.StateCounters;
import org.osprey.analysis.output.StateFile;
import org.osprey.config.ConfigException;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonContext;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;

/**
 * ossec-analysisd: reads the analysis queue ({@code queue/ossec/queue}), runs the engine, writes
 * alerts. Reloads decoders, rules and lists without a restart when {@code var/run/
 * ossec-analysisd.reload} appears ({@code osprey control reload} creates it) or on SIGHUP; a ruleset
 * that fails to load leaves the running one in place and says why in ossec.log.
 */
public final class Analysisd implements Daemon {
  static final String NAME = "ossec-analysisd";
  static final String RELOAD_FILE = "var/run/ossec-analysisd.reload";

  private @Nullable DaemonContext ctx;
  private @Nullable EngineFactory factory;
  private @Nullable AnalysisPipeline pipeline;
  private @Nullable OutputSink sink;
  private @Nullable Thread reader;
  private @Nullable StateFile stateFile;
  private volatile boolean running;
  private volatile boolean reloadRequested;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start(DaemonContext context) throws Exception {
    this.ctx = context;
    DaemonLog log = context.log();
    Path home = context.home();
    EngineFactory.Settings settings = context.config(EngineFactory.Settings::read);
    EngineFactory f = new EngineFactory(home, shortHostname(), ZoneId.systemDefault());
    this.factory = f;
    AnalysisEngine engine;
    try {
      engine = f.build(settings, line -> report(log, line));
    } catch (RulesetException e) {
      EngineFactory.lines(e).forEach(log::error);
      throw new IllegalStateException("the ruleset did not load (" + e.problems().size()
          + " problems, see above)", e);
    }
    OutputSink out = new OutputSink(AnalysisOutputs.open(
        OutputSettings.from(settings.config(), settings.options(), f.serverHostname()), home,
        new RuleTotals(engine.ruleset().rules(), engine.analyzer().state()::firedTimes),
        new ClientKeysAgentIds(home.resolve("etc/client.keys")), context.clock(),
        ZoneId.systemDefault()), home.resolve("queue/ossec/dead-letters"),
        line -> report(log, line), handoffs(log));
    this.sink = out;
    this.stateFile = new StateFile(home, context.clock(), Duration.ofSeconds(
        settings.options().getInt("analysisd", "state_interval", 0, 86400)));
    AnalysisPipeline p = new AnalysisPipeline(engine, new AnalysisPipeline.Settings(
        settings.threads(), 256, settings.queueSize(), settings.config().global().logAll(),
        settings.logFirewall()), out, context.clock(), line -> report(log, line));
    this.pipeline = p;
    var counters = context.counters();
    counters.publish("received", () -> p.counters().snapshot().received());
    counters.publish("processed", () -> p.counters().snapshot().processed());
    counters.publish("alerts", () -> p.counters().snapshot().alerts());
    counters.publish("dropped", () -> {
      var s = p.counters().snapshot();
      return s.droppedQueueFull() + s.droppedFormat() + s.droppedFirewall();
    });
    counters.publish("failed", () -> p.counters().snapshot().failed());
    counters.publish("queued", p::queued);
    counters.publish("correlation_evicted", () -> p.engine().analyzer().state().evicted());
    counters.publish("correlation_held", () -> p.engine().analyzer().state().eventsHeld());
    QueueReader in = context.queues().reader(QueueName.ANALYSIS);
    running = true;
    SignalReload.install(() -> reloadRequested = true);
    Thread t = Thread.ofPlatform().name("osprey-analysisd-reader").start(() -> read(in, p));
    this.reader = t;
    log.info("Started: " + settings.threads() + " decoding threads, queue of "
        + settings.queueSize() + " messages.");
  }

  /** The alert hand-offs on the class path (maild, execd), as the daemons that provide them land. */
  private static java.util.List<AlertHandoff> handoffs(DaemonLog log) {
    java.util.List<AlertHandoff> found = new ArrayList<>();
    java.util.ServiceLoader.load(AlertHandoff.class).forEach(found::add);
    if (!found.isEmpty()) {
      log.info("Alerts are handed to: " + found.stream().map(h -> h.getClass().getName()).toList());
    }
    return found;
  }

  private static void report(DaemonLog log, String line) {
    if (line.startsWith("ERROR: ")) {
      log.error(line.substring(7));
    } else if (line.startsWith("WARN: ")) {
      log.warn(line.substring(6));
    } else if (line.startsWith("CRITICAL: ")) {
      log.critical(line.substring(10));
    } else {
      log.info(line.startsWith("INFO: ") ? line.substring(6) : line);
    }
  }

  private void read(QueueReader in, AnalysisPipeline p) {
    List<QueueMessage> batch = new ArrayList<>(256);
    long nextReloadCheck = 0;
    try {
      while (running) {
        QueueMessage first = in.poll(Duration.ofMillis(200));
        if (first != null) {
          p.put(first);
          batch.clear();
          in.drainTo(batch, 255);
          for (QueueMessage m : batch) {
            p.put(m);
          }
        }
        long now = System.nanoTime();
        if (now - nextReloadCheck > 0) {
          nextReloadCheck = now + 1_000_000_000L;
          checkReload();
          reportEvictions(p);
          writeState(p);
        }
      }
      // Stopping: take what is still queued, so nothing accepted is lost.
      QueueMessage m;
      while ((m = in.poll()) != null) {
        p.put(m);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long reportedEvictions;
  private long lastEvictionReport;

  /** Says in ossec.log, at most once a minute, that correlation memory is dropping events. */
  private void reportEvictions(AnalysisPipeline p) {
    long evicted = p.engine().analyzer().state().evicted();
    long now = System.nanoTime();
    if (evicted > reportedEvictions && now - lastEvictionReport > 60_000_000_000L) {
      DaemonContext c = ctx;
      if (c != null) {
        c.log().warn("Correlation memory is full (<global><memory_size>): "
            + (evicted - reportedEvictions) + " events dropped from correlation since the last"
            + " report, " + evicted + " in all. Raise memory_size if frequency rules miss events.");
      }
      reportedEvictions = evicted;
      lastEvictionReport = now;
    }
  }

  /** The state file (var/run/ossec-analysisd.state), rewritten every state_interval seconds. */
  private void writeState(AnalysisPipeline p) {
    StateFile f = stateFile;
    OutputSink s = sink;
    if (f == null || s == null) {
      return;
    }
    try {
      f.writeIfDue(() -> {
        var c = p.counters().snapshot();
        var o = s.outputs().counters();
        return new StateCounters(c.received(), c.processed() + c.duplicates(), c.processed(),
            java.util.Map.of("queue_full", c.droppedQueueFull(), "bad_format", c.droppedFormat(),
                "firewall_incomplete", c.droppedFirewall(), "duplicate", c.duplicates(),
                "failed", c.failed(), "unchanged", c.unchanged(),
                "correlation_evicted", p.engine().analyzer().state().evicted()),
            o.alerts(), 0, o.archives(), 0, o.firewall(), p.queued(),
            p.capacity(), p.engine().analyzer().state().eventsHeld(),
            p.engine().ruleset().rules().rules().size());
      });
    } catch (IOException e) {
      DaemonContext c = ctx;
      if (c != null) {
        c.log().warn("Cannot write the state file: " + e.getMessage());
      }
    }
  }

  private void checkReload() {
    DaemonContext c = ctx;
    if (c == null) {
      return;
    }
    Path request = c.home().resolve(RELOAD_FILE);
    boolean fileRequest = Files.exists(request);
    if (!fileRequest && !reloadRequested) {
      return;
    }
    reloadRequested = false;
    try {
      Files.deleteIfExists(request);
    } catch (IOException e) {
      c.log().warn("Cannot remove the reload request " + request + ": " + e.getMessage());
    }
    reload();
  }

  /** Loads the ruleset again; on success the pipeline switches to it, on failure nothing changes. */
  public void reload() {
    DaemonContext c = ctx;
    EngineFactory f = factory;
    AnalysisPipeline p = pipeline;
    if (c == null || f == null || p == null) {
      return;
    }
    DaemonLog log = c.log();
    log.info("Reloading decoders, rules and lists.");
    try {
      EngineFactory.Settings s = EngineFactory.Settings.read(c.home());
      p.reload(f.build(s, line -> report(log, line)));
    } catch (ConfigException e) {
      e.problems().forEach(pr -> log.error(pr.toString()));
      log.error("Reload failed; the running rules stay in place.");
    } catch (RulesetException e) {
      EngineFactory.lines(e).forEach(log::error);
      log.error("Reload failed (" + e.problems().size() + " problems); the running rules stay in"
          + " place.");
    } catch (IOException | RuntimeException e) {
      log.error("Reload failed: " + e + "; the running rules stay in place.");
    }
  }

  @Override
  public void stop() {
    running = false;
    try {
      Thread t = reader;
      if (t != null) {
        t.join();
      }
      AnalysisPipeline p = pipeline;
      if (p != null) {
        p.close();
        p.engine().close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      OutputSink s = sink;
      if (s != null) {
        s.close();
      }
      EngineFactory f = factory;
      if (f != null) {
        f.close();
      }
    }
  }

  private static String shortHostname() {
    try {
      String h = InetAddress.getLocalHost().getHostName();
      int dot = h.indexOf('.');
      return dot < 0 ? h : h.substring(0, dot);
    } catch (IOException e) {
      return "localhost";
    }
  }
}
