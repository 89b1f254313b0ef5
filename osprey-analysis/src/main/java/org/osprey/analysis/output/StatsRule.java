package org.osprey.analysis.output;

import java.util.List;
import java.util.Set;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.rule.Correlation;
import org.osprey.analysis.rule.Rule;

/**
 * OSSEC's internal rule 11 ({@code STATS_MODULE}), built in code as analysisd does: level
 * {@code <global><stats>}, group {@code stats,}, description "Excessive number of events (above
 * normal).", mailed and logged by the {@code <alerts>} levels like any rule. It is in no rule tree.
 */
public final class StatsRule {
  /** The rule id. */
  public static final int ID = 11;
  /** The group string. */
  public static final String GROUP = "stats,";
  /** The description. */
  public static final String DESCRIPTION = "Excessive number of events (above normal).";

  private StatsRule() {}

  /**
   * @param level {@code <global><stats>}
   * @param emailAlertLevel {@code <alerts><email_alert_level>}
   * @param logAlertLevel {@code <alerts><log_alert_level>}
   */
  public static Rule create(int level, int emailAlertLevel, int logAlertLevel) {
    return new Rule(-1, ID, level, GROUP, DESCRIPTION, List.of(), DecoderType.SYSLOG, List.of(), 0,
        false, emailAlertLevel <= level, logAlertLevel <= level, false, 0, 0, 0, Correlation.NONE,
        0, null, null, Set.of(), false, Set.of(), Set.of(), "(internal)", 0);
  }
}
