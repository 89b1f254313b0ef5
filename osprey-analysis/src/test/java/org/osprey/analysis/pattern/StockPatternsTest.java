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

/** Every pattern of the stock 4.3.0 ruleset compiles, and the risk analysis leaves them on the JDK. */
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
    // Only the HT286/HT502/HT503 prematch ([punct]*?.+[punct]* then a space: cubic when it fails)
    // is risky enough to leave the JDK.
    assertThat(risky).hasSize(1).allMatch(r -> r.contains("^HT286:"));
    assertThat(engines.get(Engine.LITERAL) + engines.get(Engine.JDK)).isEqualTo(stock.size() - 1);
  }
}
