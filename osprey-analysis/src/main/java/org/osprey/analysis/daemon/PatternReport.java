package org.osprey.analysis.daemon;

import java.util.ArrayList;
import java.util.List;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.pattern.OsPattern;
import org.osprey.analysis.rule.Rule;

/** The load report's lines about patterns that do not run on the default engine. */
final class PatternReport {
  private PatternReport() {}

  static List<String> lines(Ruleset rs) {
    List<String> out = new ArrayList<>();
    for (Rule r : rs.rules().rules()) {
      for (var c : r.checks()) {
        OsPattern p = c.pattern();
        if (p != null) {
          if (p.engine() == OsPattern.Engine.RE2J || p.engine() == OsPattern.Engine.JDK_BOUNDED) {
            out.add("rule " + r.id() + " (" + r.source() + ":" + r.line() + "): pattern '"
                + p.source() + "' could backtrack without bound; it runs on " + p.engine());
          }
        }
      }
    }
    return out;
  }
}
