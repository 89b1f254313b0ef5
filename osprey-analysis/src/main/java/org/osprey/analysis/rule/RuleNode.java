package org.osprey.analysis.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A place in the rule tree. The same rule can sit in several nodes (a rule with several
 * {@code if_sid} parents); children belong to the node. Built by the loader, then read only.
 */
public final class RuleNode {
  Rule rule;
  int sortLevel;
  final List<RuleNode> children = new ArrayList<>();

  RuleNode(Rule rule, int sortLevel) {
    this.rule = rule;
    this.sortLevel = sortLevel;
  }

  public Rule rule() {
    return rule;
  }

  public List<RuleNode> children() {
    return Collections.unmodifiableList(children);
  }

  /** Inserts {@code node} before the first sibling with a strictly lower level (OSSEC's order). */
  static void insertSorted(List<RuleNode> siblings, RuleNode node) {
    int at = siblings.size();
    for (int i = 0; i < siblings.size(); i++) {
      if (node.sortLevel > siblings.get(i).sortLevel) {
        at = i;
        break;
      }
    }
    siblings.add(at, node);
  }
}
