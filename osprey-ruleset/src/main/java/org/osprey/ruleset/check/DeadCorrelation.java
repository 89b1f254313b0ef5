package org.osprey.ruleset.check;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.rule.Correlation;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.rule.RuleSet;

/**
 * Correlation rules whose search can never succeed. Only events whose final rule alerts (level above 0,
 * not noalert) are remembered, and a search stops at an event already used by a rule of the same or a
 * higher level, which for level 0 is every event.
 */
final class DeadCorrelation {
  private final RuleSet rules;

  DeadCorrelation(RuleSet rules) {
    this.rules = rules;
  }

  /** Why {@code r} can never match, or null when its correlation (if any) can succeed. */
  @Nullable String reason(Rule r) {
    if (r.correlation() == Correlation.NONE) {
      return null;
    }
    if (r.level() == 0) {
      return "a level-0 correlation rule never fires: its search takes every remembered event as"
          + " already used";
    }
    int list = rules.searchList(r);
    return switch (r.correlation()) {
      case SID -> sid(r, list);
      case GROUP -> group(r, list);
      default -> null;
    };
  }

  private @Nullable String sid(Rule r, int list) {
    Rule target = rules.byId(r.ifMatchedSid());
    if (list < 0 || target == null) {
      return "if_matched_sid " + r.ifMatchedSid() + " names no rule loaded before it";
    }
    if (!alerts(target)) {
      return "it counts events of rule " + target.id() + ", which never alerts ("
          + (target.noAlert() ? "noalert" : "level 0") + "), and only alerting events are remembered";
    }
    return null;
  }

  private @Nullable String group(Rule r, int list) {
    for (Rule other : rules.rules()) {
      if (alerts(other)) {
        for (int fed : rules.feedsGroupLists(other)) {
          if (fed == list) {
            return null;
          }
        }
      }
    }
    String pattern = r.ifMatchedGroup() == null ? "" : r.ifMatchedGroup().source();
    return "no alerting rule loaded before it has a group matching if_matched_group '" + pattern
        + "'";
  }

  private static boolean alerts(Rule r) {
    return r.level() > 0 && !r.noAlert();
  }
}
