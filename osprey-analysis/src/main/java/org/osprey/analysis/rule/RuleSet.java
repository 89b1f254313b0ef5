package org.osprey.analysis.rule;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The loaded rules: the tree (top-level nodes in order), every rule by index and id, and the wiring of
 * the correlation lists. Immutable once built.
 */
public final class RuleSet {
  private final List<Rule> rules;
  private final List<RuleNode> top;
  private final Map<Integer, Rule> byId;
  private final int[] feedsSidList;
  private final int[][] feedsGroupLists;
  private final int[] searchList;
  private final int sidLists;
  private final int groupLists;
  private final int maxFrequency;

  RuleSet(List<Rule> rules, List<RuleNode> top, Map<Integer, Rule> byId, int[] feedsSidList,
      int[][] feedsGroupLists, int[] searchList, int sidLists, int groupLists, int maxFrequency) {
    this.rules = List.copyOf(rules);
    this.top = Collections.unmodifiableList(top);
    this.byId = Map.copyOf(byId);
    this.feedsSidList = feedsSidList.clone();
    this.feedsGroupLists = feedsGroupLists.clone();
    this.searchList = searchList.clone();
    this.sidLists = sidLists;
    this.groupLists = groupLists;
    this.maxFrequency = maxFrequency;
    java.util.Set<RuleNode> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (RuleNode n : top) {
      n.freeze(done);
    }
  }

  /** Every rule, by {@link Rule#index()}. */
  public List<Rule> rules() {
    return rules;
  }

  /** Top-level nodes in evaluation order. */
  public List<RuleNode> top() {
    return top;
  }

  public @Nullable Rule byId(int id) {
    return byId.get(id);
  }

  /** The sid list (of {@code if_matched_sid} rules that target this rule) an alert of it feeds, or -1. */
  public int feedsSidList(Rule r) {
    return feedsSidList[r.index()];
  }

  /** The group lists an alert of this rule feeds (one entry per marking, duplicates included). */
  public int[] feedsGroupLists(Rule r) {
    int[] g = feedsGroupLists[r.index()];
    return g == null ? new int[0] : g;
  }

  /** The sid or group list a correlation rule searches, or -1. */
  public int searchList(Rule r) {
    return searchList[r.index()];
  }

  public int sidListCount() {
    return sidLists;
  }

  public int groupListCount() {
    return groupLists;
  }

  /** The largest {@code frequency} attribute (OSSEC's {@code _max_freq}, used by event-list eviction). */
  public int maxFrequency() {
    return maxFrequency;
  }

  @Override
  public String toString() {
    return "RuleSet[" + rules.size() + " rules, " + top.size() + " top-level, sid lists "
        + sidLists + ", group lists " + groupLists + ", feeds " + Arrays.stream(feedsSidList)
            .filter(i -> i >= 0).count() + "]";
  }
}
