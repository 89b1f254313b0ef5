package org.osprey.analysis.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.rule.Check;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.rule.RuleContext;
import org.osprey.analysis.rule.RuleNode;
import org.osprey.analysis.rule.RuleSet;

/**
 * Walks the rule tree for one event, as OSSEC's {@code OS_CheckIfRuleMatch}: top-level rules of the
 * decoder's category in order; a rule's checks in order; then its children (best level first); a rule
 * whose children all fail returns itself unless it is {@code noalert}. Stateless: the state lives in
 * the {@link RuleContext}.
 */
public final class RuleMatcher {
  private final RuleSet rules;

  public RuleMatcher(RuleSet rules) {
    this.rules = rules;
  }

  public RuleSet rules() {
    return rules;
  }

  private static int decoderId(Event e) {
    Decoder d = DecoderSet.of(e);
    return d == null ? 0 : d.id();
  }

  /** The category the top-level rules are chosen by: the final decoder's type (syslog when none). */
  public static DecoderType category(Event e) {
    if (e.typeOverride() instanceof DecoderType t) {
      return t;
    }
    Decoder d = DecoderSet.of(e);
    return d == null ? DecoderType.SYSLOG : d.type();
  }

  /**
   * The rule that matches {@code e}, or null.
   *
   * @param memo pure-check results computed ahead, or null to compute them here
   * @param trace receives the walk, or null
   */
  public @Nullable Rule match(Event e, RuleContext ctx, @Nullable PureMemo memo,
      @Nullable Trace trace) {
    DecoderType type = category(e);
    for (RuleNode node : rules.top()) {
      if (node.rule().category() != type) {
        continue;
      }
      Rule r = check(node, e, ctx, memo, trace);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private @Nullable Rule check(RuleNode node, Event e, RuleContext ctx, @Nullable PureMemo memo,
      @Nullable Trace trace) {
    Rule rule = node.rule();
    if (trace != null) {
      trace.trying(rule);
    }
    if (!pureChecks(rule, e, ctx, memo)) {
      return null;
    }
    List<Check> checks = rule.checks();
    for (int i = rule.pureCount(); i < checks.size(); i++) {
      if (!checks.get(i).test(e, rule, ctx)) {
        return null;
      }
    }
    if (trace != null) {
      trace.matched(rule);
    }
    List<RuleNode> children = node.children();
    if (!children.isEmpty()) {
      if (trace != null) {
        // logtest -v prints every rule tried: walk them all.
        trace.tryingChildren();
        for (RuleNode child : children) {
          Rule r = check(child, e, ctx, memo, trace);
          if (r != null) {
            return r;
          }
        }
      } else {
        for (RuleNode child : node.childrenFor(decoderId(e))) {
          Rule r = check(child, e, ctx, memo, null);
          if (r != null) {
            return r;
          }
        }
      }
    }
    return rule.noAlert() ? null : rule;
  }

  private static boolean pureChecks(Rule rule, Event e, RuleContext ctx, @Nullable PureMemo memo) {
    if (memo != null) {
      int known = memo.get(rule.index());
      if (known >= 0) {
        return known == 1;
      }
    }
    boolean ok = true;
    List<Check> checks = rule.checks();
    for (int i = 0, n = rule.pureCount(); i < n; i++) {
      if (!checks.get(i).test(e, rule, ctx)) {
        ok = false;
        break;
      }
    }
    if (memo != null) {
      memo.put(rule.index(), ok);
    }
    return ok;
  }

  /**
   * Computes the pure-check results the in-order pass is likely to need, without touching any state:
   * the walk stops at each rule's first stateful check as if it failed. Safe to run on any thread.
   */
  public void precompute(Event e, PureMemo memo) {
    DecoderType type = category(e);
    for (RuleNode node : rules.top()) {
      if (node.rule().category() == type && speculate(node, e, memo)) {
        return;
      }
    }
  }

  private boolean speculate(RuleNode node, Event e, PureMemo memo) {
    Rule rule = node.rule();
    if (!pureChecks(rule, e, NO_STATE, memo)) {
      return false;
    }
    if (rule.pureCount() < rule.checks().size()) {
      return false;
    }
    for (RuleNode child : node.childrenFor(decoderId(e))) {
      if (speculate(child, e, memo)) {
        return true;
      }
    }
    return !rule.noAlert();
  }

  /** Pure checks never call the context; this one exists for the speculative pass only. */
  private static final RuleContext NO_STATE = new RuleContext() {
    @Override
    public boolean firstTimeSeen(Event e) {
      return false;
    }

    @Override
    public boolean outputChanged(Rule rule, Event e) {
      return false;
    }

    @Override
    public boolean correlate(Rule rule, Event e) {
      return false;
    }

    @Override
    public boolean listLookup(org.osprey.analysis.rule.ListCondition list, String value) {
      return false;
    }

    @Override
    public boolean validCrawler(String log) {
      return false;
    }
  };
}
