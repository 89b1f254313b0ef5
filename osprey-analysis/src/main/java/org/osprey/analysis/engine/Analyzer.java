package org.osprey.analysis.engine;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.analysis.rule.Rule;
import org.osprey.queue.QueueMessage;

/**
 * The per-event pipeline shared by analysisd and logtest: pre-decode, decode, match rules, then
 * OSSEC's post-match sequence (level 0, ignore timer, ignore store, log flag, recording for
 * correlation). The steps are public so logtest can print between them.
 *
 * <p>Decoding ({@link #decode}) and {@link RuleMatcher#precompute} may run on any thread; everything
 * that reads or changes {@link EngineState} ({@link #match}, {@link #finish}) runs in event order.
 */
public final class Analyzer {
  private final PreDecoder preDecoder;
  private final DecoderSet decoders;
  private final RuleMatcher matcher;
  private final EngineState state;
  private final boolean daemon;

  public Analyzer(PreDecoder preDecoder, DecoderSet decoders, RuleMatcher matcher,
      EngineState state, boolean daemon) {
    this.preDecoder = preDecoder;
    this.decoders = decoders;
    this.matcher = matcher;
    this.state = state;
    this.daemon = daemon;
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

  /** Runs the decoders on {@code e}. Thread-safe given a per-thread {@code caps}. */
  public DecoderSet.Outcome decode(Event e, Captures caps) {
    return decoders.decode(e, caps);
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
    return finish(e, match(e, null, null));
  }
}
