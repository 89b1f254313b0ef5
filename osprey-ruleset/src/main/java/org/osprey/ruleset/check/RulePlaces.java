package org.osprey.ruleset.check;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.rule.RuleNode;
import org.osprey.analysis.rule.RuleSet;

/**
 * Every place a rule sits in the tree (a rule with several {@code if_sid} parents sits in several),
 * with what comes before it: its parent place, the siblings tried before it, and the category of the
 * top-level rule it hangs under. Places are listed depth first, in evaluation order.
 */
final class RulePlaces {
  private RulePlaces() {}

  /**
   * One place.
   *
   * @param node the tree node
   * @param parent the parent's place, or null at the top level
   * @param before the siblings tried before this node (at the top level only those of the same
   *     category compete)
   * @param category the category of the top-level rule above (or of this rule, at the top)
   */
  record Place(RuleNode node, @Nullable Place parent, List<RuleNode> before, DecoderType category) {
    Place {
      before = List.copyOf(before);
    }

    Rule rule() {
      return node.rule();
    }
  }

  static List<Place> of(RuleSet rules) {
    List<Place> out = new ArrayList<>();
    List<RuleNode> top = rules.top();
    for (int i = 0; i < top.size(); i++) {
      RuleNode n = top.get(i);
      List<RuleNode> before = new ArrayList<>();
      for (RuleNode earlier : top.subList(0, i)) {
        if (earlier.rule().category() == n.rule().category()) {
          before.add(earlier);
        }
      }
      walk(new Place(n, null, before, n.rule().category()), out);
    }
    return out;
  }

  private static void walk(Place place, List<Place> out) {
    out.add(place);
    List<RuleNode> children = place.node().children();
    for (int i = 0; i < children.size(); i++) {
      walk(new Place(children.get(i), place, children.subList(0, i), place.category()), out);
    }
  }
}
