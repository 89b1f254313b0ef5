package org.osprey.analysis.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.osprey.analysis.pattern.OsPattern.Engine;

/**
 * Osprey against answers recorded from the real PCRE2 10.42 library (see the resource's header),
 * on every engine that can express each pattern: the chosen one, plain JDK, budgeted JDK and RE2/J
 * must all give the library's match, end offset and captures.
 */
class ReferenceResultsTest {
  private static List<ReferenceCase> cases;

  @BeforeAll
  static void load() throws Exception {
    cases = ReferenceCase.load();
  }

  @ParameterizedTest(name = "engine {0}")
  @NullSource
  @EnumSource(value = Engine.class, names = {"JDK", "JDK_BOUNDED", "RE2J"})
  void everyEngineAgreesWithPcre2(Engine engine) {
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (ReferenceCase c : cases) {
      OsPattern p;
      try {
        p = Patterns.compile(c.dialect(), c.pattern(), engine);
      } catch (PatternException e) {
        boolean engineCannot = engine == Engine.RE2J && e.getMessage().startsWith("RE2/J cannot");
        if (!c.refused() && !engineCannot) {
          failures.add("line " + c.line() + " /" + c.pattern() + "/ refused: " + e.getMessage());
        }
        continue;
      }
      if (c.refused()) {
        failures.add("line " + c.line() + " /" + c.pattern() + "/ accepted, PCRE2 refuses it");
        continue;
      }
      ran++;
      String d = c.disagreement(p);
      if (d != null) {
        failures.add(d);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(ran).isGreaterThan(engine == Engine.RE2J ? 800 : 2500);
  }
}
