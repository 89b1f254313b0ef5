package org.osprey.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.analysis.testing.MiniRuleset;
import org.osprey.queue.QueueMessage;

/** Correlation semantics (spec §7) on a small ruleset, with event times chosen by the test. */
class CorrelationTest {
  static Ruleset ruleset;

  static final String DECODERS = """
      <decoder name="auth">
        <program_name>^auth$</program_name>
        <pcre2>^fail user=(\\S+) from=(\\S+)</pcre2>
        <order>user, srcip</order>
      </decoder>
      """;

  static final String RULES = MiniRuleset.CATEGORIES + """
      <group name="auth,">
        <rule id="100" level="0"><decoded_as>auth</decoded_as><description>auth events</description></rule>
        <rule id="101" level="5"><if_sid>100</if_sid><match>fail</match><description>failure</description>
          <group>authentication_failed,</group></rule>
        <rule id="102" level="10" frequency="3" timeframe="60">
          <if_matched_sid>101</if_matched_sid><same_source_ip />
          <description>many failures from one address</description></rule>
        <rule id="103" level="7" ignore="30"><if_sid>100</if_sid><match>quiet</match>
          <description>ignored for 30 s after it fires</description></rule>
      </group>
      """;

  @BeforeAll
  static void load() throws Exception {
    ruleset = MiniRuleset.of(DECODERS, RULES);
  }

  private static Analyzer analyzer(boolean logtest, int memory) {
    EngineState state = EngineState.inMemory(ruleset,
        new EngineState.Settings(memory, 128, 32, 14, logtest));
    return new Analyzer(new PreDecoder("t", ZoneOffset.UTC), ruleset.decoders(),
        new org.osprey.analysis.engine.RuleMatcher(ruleset.rules()), state, !logtest);
  }

  private static List<Integer> run(Analyzer a, long[] times, String[] ips) {
    Captures caps = new Captures();
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      Outcome o = a.analyze(new QueueMessage('1', "f",
          "Nov 23 10:00:00 h auth: fail user=u" + i + " from=" + ips[i]), times[i], caps);
      out.add(o.alert() ? o.rule().id() : 0);
    }
    return out;
  }

  @Test
  void frequencyNFiresOnTheNPlusSecondEventThenAgainAfterNPlusTwoMore() {
    long[] t = new long[10];
    String[] ip = new String[10];
    for (int i = 0; i < 10; i++) {
      t[i] = 1000 + i;
      ip[i] = "10.0.0.1";
    }
    assertThat(run(analyzer(true, 8192), t, ip))
        .containsExactly(101, 101, 101, 101, 102, 101, 101, 101, 101, 102);
  }

  @Test
  void eventsOutsideTheTimeframeDoNotCount() {
    long[] t = {1000, 1001, 1002, 1070, 1071, 1072, 1073};
    String[] ip = {"a", "a", "a", "a", "a", "a", "a"};
    // At 1070 the first three are more than 60 s old: the count starts again.
    assertThat(run(analyzer(true, 8192), t, ip)).containsExactly(101, 101, 101, 101, 101, 101, 101);
  }

  @Test
  void sameSourceIpCountsOnlyThatAddress() {
    long[] t = {1, 2, 3, 4, 5, 6, 7};
    String[] ip = {"a", "b", "a", "b", "a", "a", "a"};
    // frequency 3 needs four earlier events from "a": the fifth "a" fires, the "b"s never count.
    assertThat(run(analyzer(true, 8192), t, ip)).containsExactly(101, 101, 101, 101, 101, 101, 102);
  }

  @Test
  void ignoreTimerLogtestResetsToZeroDaemonRestarts() {
    Captures caps = new Captures();
    for (boolean logtest : new boolean[] {true, false}) {
      Analyzer a = analyzer(logtest, 8192);
      List<Outcome.Verdict> v = new ArrayList<>();
      for (long t : new long[] {100, 110, 131, 132, 140}) {
        v.add(a.analyze(new QueueMessage('1', "f", "Nov 23 10:00:00 h auth: quiet " + t), t, caps)
            .verdict());
      }
      if (logtest) {
        // 131: expired, reset to 0 and alert; 132 re-arms and alerts; 140 within 30 s of 132.
        assertThat(v).containsExactly(Outcome.Verdict.ALERT, Outcome.Verdict.IGNORE_TIME,
            Outcome.Verdict.ALERT, Outcome.Verdict.ALERT, Outcome.Verdict.IGNORE_TIME);
      } else {
        // 131: expired, restarted at 131: 132 and 140 are within 30 s.
        assertThat(v).containsExactly(Outcome.Verdict.ALERT, Outcome.Verdict.IGNORE_TIME,
            Outcome.Verdict.ALERT, Outcome.Verdict.IGNORE_TIME, Outcome.Verdict.IGNORE_TIME);
      }
    }
  }

  @Test
  void fullCorrelationMemoryEvictsAndCounts() {
    Analyzer a = analyzer(false, 20);
    long[] t = new long[50];
    String[] ip = new String[50];
    for (int i = 0; i < 50; i++) {
      t[i] = 1000 + i;
      ip[i] = "10.0.0." + i;
    }
    run(a, t, ip);
    assertThat(a.state().eventsHeld()).isLessThanOrEqualTo(21);
    assertThat(a.state().evicted()).isEqualTo(50 - a.state().eventsHeld());
  }
}
