package org.osprey.analysis.daemon;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.engine.Analyzer;
import org.osprey.analysis.engine.Outcome;
import org.osprey.analysis.engine.PureMemo;
import org.osprey.analysis.engine.RuleMatcher;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.internal.InternalDecoders;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.rule.Rule;
import org.osprey.queue.QueueMessage;

/**
 * analysisd's event pipeline. Messages enter a bounded queue; a pipeline thread takes them in batches;
 * stage one of a batch runs on the worker threads while stage two of the previous batch runs, in
 * order, on the pipeline thread (see the package documentation). Closing drains everything accepted.
 */
public final class AnalysisPipeline implements AutoCloseable {

  /**
   * @param threads stage-one threads (1 gives the plain single-threaded engine)
   * @param batchSize events per batch
   * @param queueCapacity messages the input queue holds before producers wait
   * @param logall write every event to the archives
   * @param logFirewall OSSEC's {@code analysisd.log_fw}: firewall events are checked and logged
   */
  public record Settings(int threads, int batchSize, int queueCapacity, boolean logall,
      boolean logFirewall) {
    public Settings {
      if (threads < 1 || batchSize < 1 || queueCapacity < batchSize) {
        throw new IllegalArgumentException("threads and batch size must be positive and the queue"
            + " at least one batch: " + threads + ", " + batchSize + ", " + queueCapacity);
      }
    }

    public static Settings defaults() {
      return new Settings(Math.max(1, Runtime.getRuntime().availableProcessors()), 256, 16384,
          false, true);
    }
  }

  private record Item(QueueMessage message, long receivedAt) {}

  /** One batch: its messages, their events and memos, and the engine that decodes it. */
  private static final class Batch {
    final Item[] items;
    final @Nullable Event[] events;
    final boolean[] droppedFirewall;
    final @Nullable String[] failure;
    PureMemo[] memos;
    int size;
    AnalysisEngine engine;
    @Nullable CompletableFuture<Void> stageOne;

    Batch(int capacity, AnalysisEngine engine) {
      this.items = new Item[capacity];
      this.events = new Event[capacity];
      this.droppedFirewall = new boolean[capacity];
      this.failure = new String[capacity];
      this.engine = engine;
      this.memos = memos(capacity, engine);
    }

    static PureMemo[] memos(int capacity, AnalysisEngine engine) {
      PureMemo[] m = new PureMemo[capacity];
      int rules = engine.ruleset().rules().rules().size();
      for (int i = 0; i < capacity; i++) {
        m[i] = new PureMemo(rules);
      }
      return m;
    }
  }

  private final Settings settings;
  private final AlertSink sink;
  private final InstantSource clock;
  private final Consumer<String> log;
  private final ArrayBlockingQueue<Item> input;
  private final ExecutorService workers;
  private final Thread thread;
  private final PipelineCounters counters = new PipelineCounters();
  private final ThreadLocal<Captures> captures = ThreadLocal.withInitial(Captures::new);
  private final Duplicates duplicates = new Duplicates();
  private volatile AnalysisEngine engine;
  private volatile @Nullable AnalysisEngine pending;
  private volatile boolean closing;

  public AnalysisPipeline(AnalysisEngine engine, Settings settings, AlertSink sink,
      InstantSource clock, Consumer<String> log) {
    this.engine = engine;
    this.settings = settings;
    this.sink = sink;
    this.clock = clock;
    this.log = log;
    this.input = new ArrayBlockingQueue<>(settings.queueCapacity());
    this.workers = Executors.newFixedThreadPool(settings.threads(),
        Thread.ofPlatform().name("osprey-analysisd-decoder-", 0).daemon().factory());
    this.thread = Thread.ofPlatform().name("osprey-analysisd").unstarted(this::loop);
    this.thread.start();
  }

  /** Queues a message, waiting while the queue is full (push-back). */
  public void put(QueueMessage m) throws InterruptedException {
    input.put(new Item(m, clock.instant().getEpochSecond()));
    counters.received.increment();
  }

  /**
   * Queues a message, waiting at most {@code timeoutMillis}; false (and a counted drop) when the queue
   * stayed full.
   */
  public boolean offer(QueueMessage m, long timeoutMillis) throws InterruptedException {
    if (input.offer(new Item(m, clock.instant().getEpochSecond()), timeoutMillis,
        TimeUnit.MILLISECONDS)) {
      counters.received.increment();
      return true;
    }
    counters.droppedQueueFull.increment();
    return false;
  }

  /** Switches to {@code next} at the next batch boundary; events already decoded finish on the old one. */
  public void reload(AnalysisEngine next) {
    pending = next;
  }

  public AnalysisEngine engine() {
    return engine;
  }

  public PipelineCounters counters() {
    return counters;
  }

  /** The input queue's capacity. */
  public int capacity() {
    return settings.queueCapacity();
  }

  /** Messages waiting in the queue. */
  public int queued() {
    return input.size();
  }

  private void loop() {
    Batch[] batches = {new Batch(settings.batchSize(), engine), new Batch(settings.batchSize(), engine)};
    int next = 0;
    Batch previous = null;
    List<Item> drained = new ArrayList<>(settings.batchSize());
    try {
      while (true) {
        AnalysisEngine swap = pending;
        if (swap != null) {
          if (previous != null) {
            finish(previous);
            previous = null;
          }
          AnalysisEngine old = engine;
          engine = swap;
          pending = null;
          old.close();
          counters.reloads.increment();
          log.accept("INFO: Rules reloaded: " + swap.ruleset().rules().rules().size() + " rules.");
        }
        drained.clear();
        Item first = previous == null && !closing ? input.poll(200, TimeUnit.MILLISECONDS)
            : input.poll();
        if (first != null) {
          drained.add(first);
          input.drainTo(drained, settings.batchSize() - 1);
        }
        if (drained.isEmpty()) {
          if (previous != null) {
            finish(previous);
            previous = null;
            sink.flush();
            continue;
          }
          if (closing) {
            break;
          }
          continue;
        }
        Batch b = batches[next];
        next ^= 1;
        prepare(b, drained);
        startStageOne(b);
        if (previous != null) {
          finish(previous);
        }
        previous = b;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.accept("CRITICAL: analysis stopped: " + e);
      throw e;
    } finally {
      sink.flush();
    }
  }

  private void prepare(Batch b, List<Item> drained) {
    AnalysisEngine current = engine;
    if (b.engine != current) {
      b.engine = current;
      b.memos = Batch.memos(b.items.length, current);
    }
    b.size = drained.size();
    for (int i = 0; i < b.size; i++) {
      b.items[i] = drained.get(i);
      b.events[i] = null;
      b.droppedFirewall[i] = false;
      b.failure[i] = null;
    }
  }

  private void startStageOne(Batch b) {
    int parts = Math.min(settings.threads(), b.size);
    if (parts <= 1) {
      b.stageOne = CompletableFuture.runAsync(() -> stageOne(b, 0, b.size), workers);
      return;
    }
    CompletableFuture<?>[] fs = new CompletableFuture<?>[parts];
    int chunk = (b.size + parts - 1) / parts;
    for (int p = 0; p < parts; p++) {
      int from = p * chunk;
      int to = Math.min(b.size, from + chunk);
      fs[p] = CompletableFuture.runAsync(() -> stageOne(b, from, to), workers);
    }
    b.stageOne = CompletableFuture.allOf(fs);
  }

  /** Stateless work: pre-decode, decode, firewall checks, pure rule checks ahead. */
  private void stageOne(Batch b, int from, int to) {
    Analyzer a = b.engine.analyzer();
    RuleMatcher matcher = a.matcher();
    Captures caps = captures.get();
    for (int i = from; i < to; i++) {
      try {
        decodeOne(b, i, a, matcher, caps);
      } catch (RuntimeException ex) {
        b.failure[i] = "decoding failed: " + ex;
      }
    }
  }

  private void decodeOne(Batch b, int i, Analyzer a, RuleMatcher matcher, Captures caps) {
    Item it = b.items[i];
    Event e = a.predecode(it.message(), it.receivedAt());
    b.events[i] = e;
    if (e == null || statefulDecoding(e)) {
      return;
    }
    a.decode(e, caps);
    Decoder d = DecoderSet.of(e);
    if (settings.logFirewall() && RuleMatcher.category(e) == DecoderType.FIREWALL) {
      if (!Firewall.complete(e)) {
        b.droppedFirewall[i] = true;
        return;
      }
      Firewall.normalize(e);
    }
    PureMemo memo = b.memos[i];
    memo.clear();
    if (d == null || !d.accumulate()) {
      matcher.precompute(e, memo);
    }
  }

  /** Queue types whose decoders keep state, and run in order. */
  private static boolean statefulDecoding(Event e) {
    char q = e.queue();
    return q == QueueMessage.SYSCHECK || q == QueueMessage.ROOTCHECK || q == QueueMessage.HOSTINFO;
  }

  /** Waits for stage one of {@code b}, then runs stage two in order. */
  private void finish(Batch b) {
    CompletableFuture<Void> f = b.stageOne;
    if (f != null) {
      f.join();
    }
    Analyzer a = b.engine.analyzer();
    for (int i = 0; i < b.size; i++) {
      Item item = b.items[i];
      Event e = b.events[i];
      b.items[i] = null;
      b.events[i] = null;
      String failure = b.failure[i];
      if (failure == null) {
        try {
          analyzeOne(b, i, a, e);
          continue;
        } catch (RuntimeException ex) {
          failure = "analysis failed: " + ex;
        }
      }
      counters.failed.increment();
      log.accept("ERROR: " + failure + " (message kept in the dead-letter file)");
      sink.deadLetter(item.message(), failure);
    }
    b.size = 0;
  }

  private void analyzeOne(Batch b, int i, Analyzer a, @Nullable Event e) {
    if (e == null) {
      counters.droppedFormat.increment();
      return;
    }
    if (b.droppedFirewall[i]) {
      counters.droppedFirewall.increment();
      return;
    }
    boolean internal = statefulDecoding(e);
    if (internal && a.decodeInOrder(e) == InternalDecoders.Result.DROPPED) {
      counters.droppedInternal.increment();
      return;
    }
    if (RuleMatcher.category(e) == DecoderType.SYSLOG && duplicates.repeated(e.fullLog())) {
      counters.duplicates.increment();
      return;
    }
    if (!internal) {
      a.decodeInOrder(e);
    }
    boolean memoUsable = !internal;
    sink.beforeRules(e);
    Rule rule = a.match(e, memoUsable ? b.memos[i] : null, null);
    Outcome outcome = a.finish(e, rule);
    counters.processed.increment();
    if (settings.logFirewall() && RuleMatcher.category(e) == DecoderType.FIREWALL) {
      sink.firewall(e);
    }
    if (outcome.alert() && rule != null) {
      sink.alert(e, rule);
      counters.alerts.increment();
    }
    if (settings.logall()) {
      sink.archive(e, outcome.alert() ? rule : null);
      counters.archived.increment();
    }
  }

  /** Stops taking messages, finishes everything accepted, and stops the threads. */
  @Override
  public void close() throws InterruptedException {
    closing = true;
    thread.join();
    workers.shutdown();
    workers.awaitTermination(10, TimeUnit.SECONDS);
  }
}
