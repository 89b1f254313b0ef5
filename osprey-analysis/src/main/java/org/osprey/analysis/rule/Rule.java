package org.osprey.analysis.rule;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.decoder.FtsItem;
import org.osprey.analysis.pattern.OsPattern;

/**
 * One compiled {@code <rule>}: what it is (id, level, groups, description, options), what it checks
 * (an ordered array of {@link Check}s, pure ones first as far as OSSEC's order allows) and how it
 * correlates. Immutable; the tree and the correlation lists are held by {@link RuleSet}.
 *
 * @param index position in {@link RuleSet#rules()}, used to index per-rule engine state
 * @param id the rule id ({@code sid})
 * @param level the alert level (0-16)
 * @param group the group string as written (usually comma-terminated)
 * @param description the description, or null when the rule has none
 * @param info the {@code <info>}/{@code <cve>} entries in order
 * @param category the category that places it in the tree (top-level rules are chosen by it)
 * @param checks the conditions in OSSEC's evaluation order
 * @param pureCount how many leading checks are {@linkplain Check#pure() pure}
 * @param noAlert {@code noalert}: the rule never returns itself
 * @param mail OSSEC's {@code DO_MAILALERT}
 * @param log OSSEC's {@code DO_LOGALERT}
 * @param noAr {@code no_ar}
 * @param frequency the frequency attribute (0 when absent)
 * @param timeframe the timeframe attribute in seconds
 * @param ignoreTime the {@code ignore} attribute in seconds (0 when absent)
 * @param correlation which list the rule's {@code if_matched_*} searches
 * @param ifMatchedSid the {@code if_matched_sid} (0 when absent)
 * @param ifMatchedGroup the {@code if_matched_group} pattern, or null
 * @param ifMatchedRegex the {@code if_matched_regex} pattern, or null
 * @param same the {@code same_*}/{@code different_*} filters
 * @param checkDiff {@code check_diff}
 * @param ignoreItems the {@code <ignore>} element's items
 * @param checkIfIgnored the {@code <check_if_ignored>} element's items
 * @param source file the rule was read from
 * @param line line of the {@code <rule>} tag
 */
public record Rule(
    int index,
    int id,
    int level,
    String group,
    @Nullable String description,
    List<InfoDetail> info,
    DecoderType category,
    List<Check> checks,
    int pureCount,
    boolean noAlert,
    boolean mail,
    boolean log,
    boolean noAr,
    int frequency,
    int timeframe,
    int ignoreTime,
    Correlation correlation,
    int ifMatchedSid,
    @Nullable OsPattern ifMatchedGroup,
    @Nullable OsPattern ifMatchedRegex,
    Set<Same> same,
    boolean checkDiff,
    Set<FtsItem> ignoreItems,
    Set<FtsItem> checkIfIgnored,
    String source,
    int line) {

  public Rule {
    info = List.copyOf(info);
    checks = List.copyOf(checks);
    // An EnumSet: the correlation filters ask it several times for every remembered event.
    same = Collections.unmodifiableSet(same.isEmpty() ? EnumSet.noneOf(Same.class)
        : EnumSet.copyOf(same));
    ignoreItems = Set.copyOf(ignoreItems);
    checkIfIgnored = Set.copyOf(checkIfIgnored);
  }

  /** Whether one of the "extra info" filters (ports, user, location, urls, geoip) is set. */
  public boolean sameExtraInfo() {
    for (Same s : same) {
      if (s.extraInfo()) {
        return true;
      }
    }
    return false;
  }

  /** The description as OSSEC prints it ({@code (null)} when absent). */
  public String descriptionText() {
    return description == null ? "(null)" : description;
  }

  /** The groups as a list, split on commas, without empty pieces. */
  public List<String> groups() {
    return java.util.Arrays.stream(group.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public String toString() {
    return "rule " + id + " (" + source + ":" + line + ")";
  }
}
