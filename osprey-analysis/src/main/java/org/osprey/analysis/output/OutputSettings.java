package org.osprey.analysis.output;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.config.ConfigException;
import org.osprey.config.InternalOptionSchema;
import org.osprey.config.InternalOptions;
import org.osprey.config.OssecConfig;

/**
 * What analysisd's outputs take from ossec.conf and the internal options.
 *
 * @param jsonOutput {@code <global><jsonout_output>}: alerts.json
 * @param logAll {@code <global><logall>}: archives.log
 * @param logAllJson {@code <global><logall_json>}: archives.json
 * @param logFirewall {@code analysisd.log_fw}: firewall.log
 * @param customAlertOutput {@code <global><custom_alert_output>}, or null for the standard block
 * @param statsLevel {@code <global><stats>}: rule 11's level; 0 turns the averages off
 * @param stats {@code analysisd.stats_*}
 * @param emailAlertLevel {@code <alerts><email_alert_level>} (rule 11's mail flag)
 * @param logAlertLevel {@code <alerts><log_alert_level>} (whether rule 11 is written)
 * @param managerName the server's host name
 * @param flushMillis the longest a record waits in a write buffer while others are appended
 */
public record OutputSettings(
    boolean jsonOutput,
    boolean logAll,
    boolean logAllJson,
    boolean logFirewall,
    @Nullable String customAlertOutput,
    int statsLevel,
    HourlyStats.Settings stats,
    int emailAlertLevel,
    int logAlertLevel,
    String managerName,
    long flushMillis) {

  /** The default write-buffer delay. */
  public static final long DEFAULT_FLUSH_MILLIS = 1000;

  public OutputSettings {
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(managerName, "managerName");
    if (flushMillis < 0) {
      throw new IllegalArgumentException("flushMillis " + flushMillis);
    }
  }

  /** The settings of a loaded configuration. */
  public static OutputSettings from(OssecConfig config, InternalOptions options,
      String managerName) throws ConfigException {
    var g = config.global();
    HourlyStats.Settings stats = new HourlyStats.Settings(
        option(options, "stats_mindiff"), option(options, "stats_maxdiff"),
        option(options, "stats_percent_diff"));
    return new OutputSettings(g.jsonOutput(), g.logAll(), g.logAllJson(),
        option(options, "log_fw") == 1, g.customAlertOutput(), g.stats(), stats,
        config.alerts().emailAlertLevel(), config.alerts().logAlertLevel(), managerName,
        DEFAULT_FLUSH_MILLIS);
  }

  private static int option(InternalOptions options, String name) throws ConfigException {
    var o = InternalOptionSchema.find("analysisd", name);
    if (o == null) {
      throw new IllegalStateException("analysisd." + name + " is not declared");
    }
    return options.get(o);
  }

  /** The logs these settings enable. */
  public Set<LogKind> kinds() {
    Set<LogKind> k = EnumSet.of(LogKind.ALERTS);
    if (jsonOutput) {
      k.add(LogKind.ALERTS_JSON);
    }
    if (logAll) {
      k.add(LogKind.ARCHIVES);
    }
    if (logAllJson) {
      k.add(LogKind.ARCHIVES_JSON);
    }
    if (logFirewall) {
      k.add(LogKind.FIREWALL);
    }
    return k;
  }
}
