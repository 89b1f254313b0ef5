package org.osprey.analysis.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.rule.RuleNode;
import org.osprey.analysis.rule.RuleSet;

/**
 * OSSEC's hourly rule statistics ({@code DumpLogstats}): when the hour changes, each rule that
 * fired during it gets a line {@code <hour>-<sid>-<level>-<count>} in the day's totals file,
 * walking the rule tree as OSSEC does, then
 * {@code <hour>--<alerts>--<events>--<syscheck>--<firewall>} and an empty line. OSSEC then resets
 * each rule's {@code firedtimes}, so the count alerts.json shows is the count in the current hour;
 * the engine's counts only grow, so they are read here against the value at the last hour change.
 *
 * <p>The daemon counts received, syscheck and firewall events with the {@code count*} methods (any
 * thread); the rest is called from the thread that drives the engine.
 */
public final class RuleTotals {
  private final RuleSet rules;
  private final ToLongFunction<Rule> fired;
  private final long[] base;
  private final LongAdder events = new LongAdder();
  private final LongAdder syscheck = new LongAdder();
  private final LongAdder firewall = new LongAdder();

  /**
   * @param fired the engine's count of times a rule was selected since start (EngineState's
   *     {@code firedTimes})
   */
  public RuleTotals(RuleSet rules, ToLongFunction<Rule> fired) {
    this.rules = rules;
    this.fired = fired;
    this.base = new long[rules.rules().size()];
  }

  /** How often {@code rule} fired since the last hour change (OSSEC's {@code firedtimes}). */
  public long firedThisHour(Rule rule) {
    int i = rule.index();
    if (i < 0 || i >= base.length || rules.rules().get(i) != rule) {
      return 0;
    }
    return fired.applyAsLong(rule) - base[i];
  }

  /** An event was received (OSSEC's {@code hourly_events}). */
  public void countEvent() {
    events.increment();
  }

  /** A syscheck event was received. */
  public void countSyscheck() {
    syscheck.increment();
  }

  /** A firewall event was decoded. */
  public void countFirewall() {
    firewall.increment();
  }

  /** The lines for the hour that ends, resetting the counts. */
  String endHour(int hour) {
    StringBuilder out = new StringBuilder();
    long alerts = 0;
    for (RuleNode n : rules.top()) {
      alerts += walk(n, hour, out);
    }
    out.append(hour).append("--").append(alerts).append("--").append(events.sumThenReset())
        .append("--").append(syscheck.sumThenReset()).append("--")
        .append(firewall.sumThenReset()).append("\n\n");
    return out.toString();
  }

  private long walk(RuleNode node, int hour, StringBuilder out) {
    Rule r = node.rule();
    long count = firedThisHour(r);
    if (count > 0) {
      out.append(hour).append('-').append(r.id()).append('-').append(r.level()).append('-')
          .append(count).append('\n');
      base[r.index()] += count;
    }
    long sum = Math.max(count, 0);
    List<RuleNode> children = node.children();
    for (RuleNode c : children) {
      sum += walk(c, hour, out);
    }
    return sum;
  }

  /** Appends the hour's lines to {@code day}'s totals file. */
  void dumpHour(Path home, LocalDate day, int hour) throws IOException {
    StatsFiles.appendTotals(home, day, endHour(hour));
  }
}
