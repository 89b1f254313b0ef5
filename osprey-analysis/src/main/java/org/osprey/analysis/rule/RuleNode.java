package org.osprey.analysis.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

  // The children an event can reach, by its decoder id: a child whose first check is decoded_as
  // another decoder would fail at once, so it is left out. Order is kept. Built once by freeze().
  private RuleNode[] generic = new RuleNode[0];
  // Indexed by decoder id (ids are small and dense); a null slot or an id past the end means generic.
  private RuleNode[][] byDecoder = new RuleNode[0][];

  /**
   * The children worth trying for an event of decoder {@code decoderId}, in order: those that do
   * not start with a {@code decoded_as} of another decoder.
   */
  public RuleNode[] childrenFor(int decoderId) {
    RuleNode[][] by = byDecoder;
    if (decoderId >= 0 && decoderId < by.length) {
      RuleNode[] r = by[decoderId];
      if (r != null) {
        return r;
      }
    }
    return generic;
  }

  /** Builds the per-decoder child lists of this node and its descendants (after loading). */
  void freeze(Set<RuleNode> done) {
    if (!done.add(this)) {
      return;
    }
    List<RuleNode> any = new ArrayList<>();
    Set<Integer> ids = new LinkedHashSet<>();
    for (RuleNode c : children) {
      int id = c.decodedAs();
      if (id == 0) {
        any.add(c);
      } else {
        ids.add(id);
      }
    }
    int max = ids.stream().mapToInt(Integer::intValue).max().orElse(-1);
    RuleNode[][] map = new RuleNode[max + 1][];
    for (int id : ids) {
      List<RuleNode> l = new ArrayList<>();
      for (RuleNode c : children) {
        int cid = c.decodedAs();
        if (cid == 0 || cid == id) {
          l.add(c);
        }
      }
      map[id] = l.toArray(RuleNode[]::new);
    }
    generic = any.toArray(RuleNode[]::new);
    byDecoder = map;
    for (RuleNode c : children) {
      c.freeze(done);
    }
  }

  /** The decoder id the rule's first check requires, or 0 when it does not start with one. */
  private int decodedAs() {
    var checks = rule.checks();
    return !checks.isEmpty() && checks.getFirst() instanceof Checks.DecodedAs d ? d.decoderId() : 0;
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
