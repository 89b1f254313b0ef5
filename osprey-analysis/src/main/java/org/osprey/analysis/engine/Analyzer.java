package org.osprey.analysis.engine;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.internal.InternalDecoders;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.analysis.rule.Rule;
import org.osprey.queue.QueueMessage;

/**
 * The per-event pipeline shared by analysisd and logtest: pre-decode, decode (XML decoders, then in
 * order the internal decoders or the accumulator), match rules, then OSSEC's post-match sequence
 * (level 0, ignore timer, ignore store, log flag, recording for correlation). The steps are public so
 * logtest can print between them.
 *
 * <p>XML decoding ({@link #decode}) and {@link RuleMatcher#precompute} may run on any thread;
 * everything that keeps state ({@link #decodeInOrder}, {@link #match}, {@link #finish}) runs in event
 * order.
 */
public final class Analyzer {
  private final PreDecoder preDecoder;
  private final DecoderSet decoders;
  private final RuleMatcher matcher;
  private final EngineState state;
  private final boolean daemon;
  private final @Nullable InternalDecoders internal;
  private final Accumulator accumulator = new Accumulator();

  /** An analyzer without internal decoders (logtest): syscheck, rootcheck and hostinfo are dropped. */
  public Analyzer(PreDecoder preDecoder, DecoderSet decoders, RuleMatcher matcher,
      EngineState state, boolean daemon) {
    this(preDecoder, decoders, matcher, state, daemon, null);
  }

  /**
   * @param internal the decoders for syscheck, rootcheck and hostinfo messages, built on
   *     {@code decoders}; null to drop those messages
   */
  public Analyzer(PreDecoder preDecoder, DecoderSet decoders, RuleMatcher matcher,
      EngineState state, boolean daemon, @Nullable InternalDecoders internal) {
    if (internal != null && internal.decoders() != decoders) {
      throw new IllegalArgumentException("the internal decoders use another decoder set");
    }
    this.preDecoder = preDecoder;
    this.decoders = decoders;
    this.matcher = matcher;
    this.state = state;
    this.daemon = daemon;
    this.internal = internal;
  }

  public EngineState state() {
    return state;
  }

  public RuleMatcher matcher() {
    return matcher;
  }

  public DecoderSet decoders() {
    return decoders;
  }

  /** Pre-decodes; null when OSSEC would drop the message. */
  public @Nullable Event predecode(QueueMessage message, long epochSecond) {
    return preDecoder.decode(message, epochSecond);
  }

  /**
   * Runs the XML decoders on {@code e}. Thread-safe given a per-thread {@code caps}. Events of the
   * syscheck, rootcheck and hostinfo queues are left alone ({@link DecoderSet.Outcome#NO_DECODERS}):
   * {@link #decodeInOrder} decodes them.
   */
  public DecoderSet.Outcome decode(Event e, Captures caps) {
    if (InternalDecoders.handles(e.queue())) {
      return DecoderSet.Outcome.NO_DECODERS;
    }
    return decoders.decode(e, caps);
  }

  /**
   * The stateful part of decoding, in event order, after {@link #decode}: the internal decoders for
   * syscheck, rootcheck and hostinfo events (which may drop the event), otherwise the accumulator
   * when the event's decoder has {@code <accumulate/>}.
   *
   * @throws java.io.UncheckedIOException when an internal decoder's database fails
   */
  public InternalDecoders.Result decodeInOrder(Event e) {
    if (InternalDecoders.handles(e.queue())) {
      InternalDecoders in = internal;
      return in == null ? InternalDecoders.Result.DROPPED : in.decode(e);
    }
    Decoder d = DecoderSet.of(e);
    if (d != null && d.accumulate()) {
      accumulator.accumulate(e);
    }
    return InternalDecoders.Result.DECODED;
  }

  /** Finds the rule for a decoded event; in event order. */
  public @Nullable Rule match(Event e, @Nullable PureMemo memo, @Nullable Trace trace) {
    if (RuleMatcher.category(e) == DecoderType.OSSEC_ALERT) {
      Rule r = e.generatedRuleId() == 0 ? null : matcher.rules().byId(e.generatedRuleId());
      if (r != null) {
        state.fired(r);
      }
      return r;
    }
    Rule r = matcher.match(e, state, memo, trace);
    if (r != null) {
      state.fired(r);
    }
    return r;
  }

  /** OSSEC's post-match sequence for the selected rule; in event order. */
  public Outcome finish(Event e, @Nullable Rule rule) {
    if (rule == null) {
      return new Outcome(e, null, Outcome.Verdict.NO_RULE);
    }
    if (rule.level() == 0) {
      return new Outcome(e, rule, Outcome.Verdict.LEVEL_ZERO);
    }
    if (state.suppressedByIgnoreTime(rule, e)) {
      return new Outcome(e, rule, Outcome.Verdict.IGNORE_TIME);
    }
    if (state.ignored(rule, e)) {
      return new Outcome(e, rule, Outcome.Verdict.IGNORED);
    }
    if (daemon) {
      state.addIgnore(rule, e);
    }
    state.record(rule, e);
    return new Outcome(e, rule, rule.log() ? Outcome.Verdict.ALERT : Outcome.Verdict.NOT_LOGGED);
  }

  /** The whole pipeline for one message, single-threaded. */
  public Outcome analyze(QueueMessage message, long epochSecond, Captures caps) {
    Event e = predecode(message, epochSecond);
    if (e == null) {
      return new Outcome(null, null, Outcome.Verdict.DROPPED);
    }
    decode(e, caps);
    if (decodeInOrder(e) == InternalDecoders.Result.DROPPED) {
      return new Outcome(e, null, Outcome.Verdict.DROPPED);
    }
    return finish(e, match(e, null, null));
  }
}
