package org.osprey.analysis.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.pattern.OsPattern;
import org.osprey.analysis.rule.Correlation;
import org.osprey.analysis.rule.ListCondition;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.rule.RuleContext;
import org.osprey.analysis.rule.RuleSet;
import org.osprey.analysis.rule.Same;

/**
 * Everything the engine remembers between events, as OSSEC keeps it (spec §7): the global event list
 * ({@code memory_size}), the sid lists of {@code if_matched_sid} targets, the group lists of
 * {@code if_matched_group} rules, ignore timers, fired counts, first-time-seen keys and check_diff
 * outputs. Not thread-safe: it is driven by the in-order pass only, so correlation gives the same
 * results whatever the number of threads that decode.
 */
public final class EngineState implements RuleContext {

  /**
   * Sizes from internal options.
   *
   * @param memorySize {@code <global><memory_size>}: events kept for correlation
   * @param sidPrevMatchedMax {@code analysisd.sid_prev_matched_max}
   * @param ftsListSize {@code analysisd.fts_list_size}
   * @param ftsMinSizeForStr {@code analysisd.fts_min_size_for_str}
   * @param logtest whether logtest semantics apply (ignore timers reset to 0 on expiry)
   */
  public record Settings(int memorySize, int sidPrevMatchedMax, int ftsListSize,
      int ftsMinSizeForStr, boolean logtest) {
    public static Settings logtestDefaults() {
      return new Settings(8192, 128, 32, 14, true);
    }
  }

  /** What a rule list lookup needs (CDB lists); a lookup on a missing list is false. */
  public interface Lists {
    boolean lookup(ListCondition list, String value);

    Lists NONE = (list, value) -> false;
  }

  /** The crawler check behind rule 31140's compiled rule; must never block. */
  public interface CrawlerCheck {
    boolean isValidCrawler(String log);

    CrawlerCheck PREFIXES_ONLY = CrawlerVerifier::knownPrefix;
  }

  private final RuleSet rules;
  private final Settings settings;
  private final FtsStore fts;
  private final DiffStore diffs;
  private final IgnoreStore ignores;
  private final Lists lists;
  private final CrawlerCheck crawler;
  private final ArrayDeque<Event> events = new ArrayDeque<>();
  private final CorrelationList[] sidLists;
  private final CorrelationList[] groupLists;
  private final long[] ignoredAt;
  private final long[] fired;
  private volatile long evicted;

  @SuppressWarnings("unchecked")
  public EngineState(RuleSet rules, Settings settings, FtsStore fts, DiffStore diffs,
      IgnoreStore ignores, Lists lists, CrawlerCheck crawler) {
    this.rules = rules;
    this.settings = settings;
    this.fts = fts;
    this.diffs = diffs;
    this.ignores = ignores;
    this.lists = lists;
    this.crawler = crawler;
    this.sidLists = new CorrelationList[rules.sidListCount()];
    for (int i = 0; i < sidLists.length; i++) {
      sidLists[i] = new CorrelationList();
    }
    this.groupLists = new CorrelationList[rules.groupListCount()];
    for (int i = 0; i < groupLists.length; i++) {
      groupLists[i] = new CorrelationList();
    }
    this.ignoredAt = new long[rules.rules().size()];
    this.fired = new long[rules.rules().size()];
  }

  /** State kept in memory only (stores are not persisted), with the given sizes. */
  public static EngineState inMemory(org.osprey.analysis.load.Ruleset ruleset, Settings s) {
    return new EngineState(ruleset.rules(), s,
        FtsStore.inMemory(s.ftsListSize(), s.ftsMinSizeForStr()), DiffStore.inMemory(),
        IgnoreStore.readOnly(), new RuleLists(ruleset.lists()), CrawlerCheck.PREFIXES_ONLY);
  }

  /** In-memory state with OSSEC's default sizes, as logtest uses. */
  public static EngineState forLogtest(org.osprey.analysis.load.Ruleset ruleset) {
    Settings s = Settings.logtestDefaults();
    return new EngineState(ruleset.rules(), s,
        FtsStore.inMemory(s.ftsListSize(), s.ftsMinSizeForStr()), DiffStore.inMemory(),
        IgnoreStore.readOnly(), new RuleLists(ruleset.lists()), CrawlerCheck.PREFIXES_ONLY);
  }

  public RuleSet rules() {
    return rules;
  }

  // ---- RuleContext ----

  @Override
  public boolean firstTimeSeen(Event e) {
    Decoder d = DecoderSet.of(e);
    return d != null && fts.firstTime(e, d);
  }

  @Override
  public boolean outputChanged(Rule rule, Event e) {
    String host = Objects.requireNonNullElse(e.hostname(), "");
    if (host.startsWith("(")) {
      int close = host.indexOf(')');
      host = close < 0 ? host.substring(1) : host.substring(1, close);
    }
    String log = e.log();
    if (log.length() >= 8192) {
      return false;
    }
    String last = diffs.last(host, rule.id());
    if (last == null) {
      diffs.store(host, rule.id(), log);
      return false;
    }
    if (last.equals(log)) {
      return false;
    }
    diffs.store(host, rule.id(), log);
    e.setLastEvents(List.of("Previous output:", last));
    return true;
  }

  @Override
  public boolean listLookup(ListCondition list, String value) {
    return lists.lookup(list, value);
  }

  @Override
  public boolean validCrawler(String log) {
    return crawler.isValidCrawler(log);
  }

  @Override
  public boolean correlate(Rule rule, Event e) {
    if (rule.correlation() == Correlation.EVENTS) {
      return searchEvents(rule, e);
    }
    int list = rules.searchList(rule);
    if (list < 0) {
      return false;
    }
    CorrelationList events = rule.correlation() == Correlation.SID ? sidLists[list]
        : groupLists[list];
    return search(rule, e, events, rule.correlation() == Correlation.SID);
  }

  /** OSSEC's {@code Search_LastSids} / {@code Search_LastGroups}. */
  private static boolean search(Rule rule, Event e, CorrelationList list, boolean sidStyle) {
    Event first = list.newest();
    if (first == null) {
      return false;
    }
    // The rule fires at the (frequency + 1)th event that passes its filters; with same_source_ip
    // only events of this source IP can pass.
    if (rule.same().contains(Same.SRCIP)) {
      String ip = e.get(Field.SRCIP);
      if (ip == null || list.countFrom(ip) <= rule.frequency()) {
        return false;
      }
    } else if (list.size() <= rule.frequency()) {
      return false;
    }
    int count = 0;
    List<String> sample = new ArrayList<>();
    Iterator<Event> it = list.newestFirst();
    while (it.hasNext()) {
      Event old = it.next();
      if (e.epochSecond() - old.epochSecond() > rule.timeframe()) {
        return false;
      }
      if (old.matchedLevel() >= rule.level()) {
        return false;
      }
      if (!filtersPass(rule, old, e, true)) {
        continue;
      }
      if (sidStyle) {
        if (count <= 10) {
          sample.add(old.fullLog());
        }
        if (count < rule.frequency()) {
          count++;
          continue;
        }
      } else if (count < rule.frequency()) {
        if (count <= 10) {
          sample.add(old.fullLog());
        }
        count++;
        continue;
      }
      fire(rule, e, old, first, sample);
      return true;
    }
    return false;
  }

  /** OSSEC's {@code Search_LastEvents} for {@code if_matched_regex}. */
  private boolean searchEvents(Rule rule, Event e) {
    OsPattern regex = rule.ifMatchedRegex();
    Event first = events.peekFirst();
    if (first == null || regex == null) {
      return false;
    }
    int count = 0;
    List<String> sample = new ArrayList<>();
    for (Event old : events) {
      if (e.epochSecond() - old.epochSecond() > rule.timeframe()) {
        return false;
      }
      if (old.matchedLevel() >= rule.level()) {
        return false;
      }
      if (RuleMatcher.category(old) != RuleMatcher.category(e)) {
        continue;
      }
      if (!regex.test(old.log())) {
        continue;
      }
      if (!filtersPass(rule, old, e, false)) {
        continue;
      }
      if (count < rule.frequency()) {
        if (count <= 10) {
          sample.add(old.fullLog());
        }
        count++;
        continue;
      }
      fire(rule, e, old, first, sample);
      return true;
    }
    return false;
  }

  private static void fire(Rule rule, Event e, Event old, Event first, List<String> sample) {
    e.setMatchedLevel(rule.level());
    old.setMatchedLevel(rule.level());
    first.setMatchedLevel(rule.level());
    if (!sample.isEmpty()) {
      e.setLastEvents(sample);
    }
  }

  private static boolean filtersPass(Rule rule, Event old, Event e, boolean extraGate) {
    var same = rule.same();
    if (same.contains(Same.ID) && !bothEqual(old.get(Field.ID), e.get(Field.ID))) {
      return false;
    }
    if (same.contains(Same.SRCIP) && !bothEqual(old.get(Field.SRCIP), e.get(Field.SRCIP))) {
      return false;
    }
    if (extraGate && !rule.sameExtraInfo()) {
      return true;
    }
    if (same.contains(Same.SRCPORT) && !bothEqual(old.get(Field.SRCPORT), e.get(Field.SRCPORT))) {
      return false;
    }
    if (same.contains(Same.DSTPORT) && !bothEqual(old.get(Field.DSTPORT), e.get(Field.DSTPORT))) {
      return false;
    }
    if (same.contains(Same.USER) && !bothEqual(old.get(Field.DSTUSER), e.get(Field.DSTUSER))) {
      return false;
    }
    if (same.contains(Same.LOCATION) && !Objects.equals(old.hostname(), e.hostname())) {
      return false;
    }
    if (same.contains(Same.DIFFERENT_URL)) {
      String a = old.get(Field.URL);
      String b = e.get(Field.URL);
      if (a == null || b == null || a.equals(b)) {
        return false;
      }
    }
    // Without GeoIP data, different_srcgeoip never finds two locations to compare.
    return !same.contains(Same.DIFFERENT_SRCGEOIP);
  }

  private static boolean bothEqual(@Nullable String a, @Nullable String b) {
    return a != null && b != null && a.equals(b);
  }

  // ---- after a rule is chosen ----

  /** Counts a rule that returned itself (OSSEC's {@code firedtimes}). */
  public void fired(Rule rule) {
    fired[rule.index()]++;
  }

  public long firedTimes(Rule rule) {
    return fired[rule.index()];
  }

  /**
   * The rule's ignore timer (spec §7.4): true when the alert is suppressed. logtest resets an expired
   * timer to 0 (the next event re-arms it); the daemon restarts it at the event's time.
   */
  public boolean suppressedByIgnoreTime(Rule rule, Event e) {
    if (rule.ignoreTime() == 0) {
      return false;
    }
    int i = rule.index();
    if (ignoredAt[i] == 0) {
      ignoredAt[i] = e.epochSecond();
      return false;
    }
    if (e.epochSecond() - ignoredAt[i] < rule.ignoreTime()) {
      return true;
    }
    ignoredAt[i] = settings.logtest() ? 0 : e.epochSecond();
    return false;
  }

  /** {@code check_if_ignored}: the event's line is in the ignore store. */
  public boolean ignored(Rule rule, Event e) {
    return !rule.checkIfIgnored().isEmpty()
        && ignores.contains(IgnoreLine.of(e, rule, rule.checkIfIgnored(), rule.ignoreItems()));
  }

  /** {@code <ignore>}: adds the event's line to the ignore store (the daemon only). */
  public void addIgnore(Rule rule, Event e) {
    if (!rule.ignoreItems().isEmpty()) {
      ignores.add(IgnoreLine.of(e, rule, rule.ignoreItems(), rule.ignoreItems()));
    }
  }

  /** Records an alerting event for correlation (spec §7.1). */
  public void record(Rule rule, Event e) {
    e.setGeneratedRule(rule);
    int sid = rules.feedsSidList(rule);
    if (sid >= 0) {
      CorrelationList l = sidLists[sid];
      if (l.size() >= settings.sidPrevMatchedMax()) {
        l.removeOldest();
      }
      l.addNewest(e);
    } else {
      for (int g : rules.feedsGroupLists(rule)) {
        groupLists[g].addNewest(e);
      }
    }
    events.addFirst(e);
    if (events.size() > settings.memorySize()) {
      evict(e.epochSecond());
    }
  }

  private void evict(long now) {
    int i = 0;
    while (!events.isEmpty()
        && (i < 10 || now - events.peekLast().epochSecond() > rules.maxFrequency())) {
      Event old = events.removeLast();
      i++;
      evicted++;
      if (old.generatedRule() instanceof Rule r) {
        int sid = rules.feedsSidList(r);
        if (sid >= 0) {
          sidLists[sid].remove(old);
        } else {
          for (int g : rules.feedsGroupLists(r)) {
            groupLists[g].removeOldest();
          }
        }
      }
    }
  }

  /**
   * Events dropped from correlation memory because {@code memory_size} was reached; each one can no
   * longer count towards a frequency rule.
   */
  public long evicted() {
    return evicted;
  }

  /** Events currently held for correlation (global list). */
  public int eventsHeld() {
    return events.size();
  }
}
