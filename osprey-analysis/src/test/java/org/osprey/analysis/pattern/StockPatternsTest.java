package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.pattern.OsPattern.Dialect;
import org.osprey.analysis.pattern.OsPattern.Engine;

/** Every pattern of the stock 4.3.0 ruleset compiles; the risk analysis moves few off the JDK. */
class StockPatternsTest {
  private static List<StockPatterns.Stock> stock;

  @BeforeAll
  static void load() throws Exception {
    stock = StockPatterns.load();
  }

  @Test
  void theStockFilesHoldTheElementsTheSpecDescribes() throws Exception {
    List<StockPatterns.Stock> elements = StockPatterns.elements();
    long pcre2 = elements.stream().filter(s -> s.dialect() == Dialect.PCRE2).count();
    long distinct =
        elements.stream()
            .filter(s -> s.dialect() == Dialect.PCRE2)
            .map(s -> s.element() + "\u0000" + s.pattern())
            .distinct()
            .count();
    // Spec §3: 1 <regex> and 4 <match> remain, everything else is *_pcre2 (1,683 distinct patterns
    // by the spec's count; distinct element/text pairs here).
    assertThat(elements).hasSize(1754);
    assertThat(pcre2).isEqualTo(1749);
    assertThat(distinct).isBetween(1683L, 1684L);
    assertThat(stock).hasSize(1630);
  }

  @Test
  void everyStockPatternCompiles() {
    List<String> failures = new ArrayList<>();
    Map<Engine, Integer> engines = new EnumMap<>(Engine.class);
    List<String> risky = new ArrayList<>();
    for (StockPatterns.Stock s : stock) {
      try {
        OsPattern p = Patterns.compile(s.dialect(), s.pattern());
        engines.merge(p.engine(), 1, Integer::sum);
        if (p.engine() == Engine.RE2J || p.engine() == Engine.JDK_BOUNDED) {
          risky.add(s + "  -> " + p.engineNote());
        }
      } catch (PatternException e) {
        failures.add(s + ": " + e.getMessage());
      }
    }
    System.out.println("stock pattern engines: " + engines);
    risky.forEach(r -> System.out.println("  " + r));
    assertThat(failures).isEmpty();
    // Risky stock patterns are cubic chains such as iptables' ^(\S+):.+ SRC=(\S+) DST=...: each
    // quantifier can run over what follows it. RE2/J runs them all (none needs backtracking). One
    // of them, (\S+ \S*) .* (\S+) \S*.* (\d{3}) \S+ \S+ \S+, already takes the JDK about a
    // millisecond per line on the shipped sample logs.
    assertThat(risky).hasSize(20).allMatch(r -> r.contains("overlapping quantifiers in sequence"));
    assertThat(engines.get(Engine.RE2J)).isEqualTo(20);
    assertThat(engines).doesNotContainKey(Engine.JDK_BOUNDED);
    assertThat(engines.get(Engine.LITERAL)).isEqualTo(420);
  }
}
