package org.osprey.ruleset.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.rule.RuleNode;

/**
 * {@code noalert} rules with nothing below them that can be returned: such a rule only ever falls
 * through, so it and its subtree are dead weight (a rule that is not noalert, level 0 included, is
 * returned when it matches). The category rules (ids below 10) are exempt: they exist to be parents.
 */
final class SilentRules implements Inspection {

  @Override
  public List<Finding> inspect(Ruleset ruleset) {
    Map<RuleNode, Boolean> memo = new IdentityHashMap<>();
    Set<Rule> silent = new LinkedHashSet<>();
    for (RulePlaces.Place p : RulePlaces.of(ruleset.rules())) {
      Rule r = p.rule();
      if (r.id() >= 10 && r.noAlert() && !canReturn(p.node(), memo)) {
        silent.add(r);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Rule r : silent) {
      out.add(new Finding(r.source(), r.line(), "rule " + r.id() + " is noalert and nothing under"
          + " it can be returned, so it never gives a result (add rules below it or drop noalert)"));
    }
    return out;
  }

  private static boolean canReturn(RuleNode n, Map<RuleNode, Boolean> memo) {
    Boolean known = memo.get(n);
    if (known != null) {
      return known;
    }
    boolean can = !n.rule().noAlert();
    for (RuleNode child : n.children()) {
      can |= canReturn(child, memo);
    }
    memo.put(n, can);
    return can;
  }
}
