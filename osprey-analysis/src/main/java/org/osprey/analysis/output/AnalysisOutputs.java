package org.osprey.analysis.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.alert.AlertText;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.rule.Rule;

/**
 * Everything analysisd writes for events, in the order OSSEC does it. Per event, the daemon calls:
 *
 * <ol>
 *   <li>{@link #beforeRules} once the event is decoded, before its rules are matched: when the
 *       event's hour differs from the last one, the hour's rule totals are written; when its day
 *       differs too, the day's statistics are closed and the logs move to the new day (so a day
 *       changes on the first event of a new hour, as in OSSEC). Then the event is counted, and the
 *       statistics alert it may cause is returned, to be written with {@link #alert};
 *   <li>{@link #alert} for an alert (alerts.log, or the custom line, and alerts.json);
 *   <li>{@link #archive} for every analysed event (archives.log, archives.json), and
 *       {@link #firewall} for firewall events;
 * </ol>
 *
 * and {@link #flush} at the end of each batch. Not thread-safe: the thread that drives the engine
 * owns it.
 */
public final class AnalysisOutputs implements Closeable {
  private final OutputSettings settings;
  private final Path home;
  private final ZoneId zone;
  private final OutputFiles files;
  private final RuleTotals totals;
  private final @Nullable HourlyStats stats;
  private final @Nullable CustomAlertFormat custom;
  private final AlertJson json;
  private final AlertIds ids = new AlertIds();
  private final StringBuilder text = new StringBuilder(4096);
  private int hour;
  private LocalDate day;
  private @Nullable IOException statsError;
  private volatile long alertsWritten;
  private volatile long archivesWritten;
  private volatile long firewallWritten;
  private volatile long statsErrors;

  private AnalysisOutputs(OutputSettings settings, Path home, RuleTotals totals, AgentIds agents,
      InstantSource clock, ZoneId zone, @Nullable HourlyStats stats) {
    this.settings = settings;
    this.home = home;
    this.zone = zone;
    this.totals = totals;
    this.stats = stats;
    this.files = new OutputFiles(home, settings.kinds(), clock, settings.flushMillis());
    String template = settings.customAlertOutput();
    this.custom = template == null ? null : CustomAlertFormat.compile(template);
    this.json = new AlertJson(settings.managerName(), agents);
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
    this.hour = now.getHour();
    this.day = now.toLocalDate();
  }

  /**
   * Opens the day's logs under {@code home} (the day of {@code clock}'s time in {@code zone}) and,
   * when {@code <stats>} is set, loads the statistics.
   *
   * @param totals the rule counts, built on the engine's
   * @param agents where {@code agent.id} comes from
   */
  public static AnalysisOutputs open(OutputSettings settings, Path home, RuleTotals totals,
      AgentIds agents, InstantSource clock, ZoneId zone) throws IOException {
    HourlyStats stats = settings.statsLevel() == 0 ? null : HourlyStats.load(home,
        settings.stats(), StatsRule.create(settings.statsLevel(), settings.emailAlertLevel(),
            settings.logAlertLevel()));
    AnalysisOutputs o = new AnalysisOutputs(settings, home, totals, agents, clock, zone, stats);
    try {
      o.files.open(o.day);
    } catch (IOException e) {
      o.files.close();
      throw e;
    }
    return o;
  }

  /**
   * The hour and day change, then the statistics (see the class description). Returns the
   * statistics alert {@code e} raises, or null.
   */
  public @Nullable StatsAlert beforeRules(Event e) throws IOException {
    LocalDateTime t = e.localTime();
    if (t.getHour() != hour) {
      try {
        totals.dumpHour(home, day, hour);
      } catch (IOException failed) {
        statsFailed(failed);
      }
      hour = t.getHour();
      LocalDate d = t.toLocalDate();
      if (!d.equals(day)) {
        if (stats != null) {
          try {
            stats.endDay(day);
          } catch (IOException failed) {
            statsFailed(failed);
          }
        }
        files.open(d);
        day = d;
      }
    }
    return stats == null ? null : stats.check(e);
  }

  /** A statistics file could not be written: kept for the daemon, the logs carry on. */
  private void statsFailed(IOException failed) {
    statsErrors++;
    if (statsError == null) {
      statsError = failed;
    } else {
      statsError.addSuppressed(failed);
    }
  }

  /**
   * The first statistics write failure since the last call (others suppressed in it), or null. Such
   * failures do not stop the logs from moving to a new day, as in OSSEC, which only logs them.
   */
  public @Nullable IOException takeStatsError() {
    IOException e = statsError;
    statsError = null;
    return e;
  }

  /** Writes an alert with a new id; returns the id. */
  public long alert(Event e, Rule rule) throws IOException {
    long id = ids.next();
    alert(e, rule, id);
    return id;
  }

  /** Writes an alert with the id the caller took from {@link #alertIds}. */
  public void alert(Event e, Rule rule, long alertId) throws IOException {
    text.setLength(0);
    if (custom != null) {
      custom.format(e, rule, alertId, text);
    } else {
      AlertText.format(e, rule, alertId, text);
    }
    files.append(LogKind.ALERTS, text);
    if (files.enabled(LogKind.ALERTS_JSON)) {
      text.setLength(0);
      json.format(e, rule, alertId, totals.firedThisHour(rule), text);
      files.append(LogKind.ALERTS_JSON, text);
    }
    alertsWritten++;
  }

  /**
   * Archives an analysed event (when {@code <logall>} or {@code <logall_json>} is set); events from
   * ossec-keepalive locations are not archived.
   *
   * @param rule the alert's rule when the event raised one, else null
   * @param alertId that alert's id, else 0
   * @return whether anything was written
   */
  public boolean archive(Event e, @Nullable Rule rule, long alertId) throws IOException {
    if (!ArchiveLine.archived(e.location())) {
      return false;
    }
    boolean wrote = false;
    if (files.enabled(LogKind.ARCHIVES)) {
      text.setLength(0);
      ArchiveLine.format(e, text);
      wrote = files.append(LogKind.ARCHIVES, text);
    }
    if (files.enabled(LogKind.ARCHIVES_JSON)) {
      text.setLength(0);
      json.format(e, rule, alertId, rule == null ? 0 : totals.firedThisHour(rule), text);
      wrote |= files.append(LogKind.ARCHIVES_JSON, text);
    }
    if (wrote) {
      archivesWritten++;
    }
    return wrote;
  }

  /**
   * Writes a firewall.log line for a firewall event (when {@code analysisd.log_fw} is set). The
   * daemon decides which events are firewall events; incomplete ones (no action, addresses or
   * protocol) are not written.
   */
  public boolean firewall(Event e) throws IOException {
    if (!files.enabled(LogKind.FIREWALL)) {
      return false;
    }
    text.setLength(0);
    if (!FirewallLine.format(e, text)) {
      return false;
    }
    files.append(LogKind.FIREWALL, text);
    firewallWritten++;
    return true;
  }

  /** The alert ids (for alerts that only trigger active responses). */
  public AlertIds alertIds() {
    return ids;
  }

  /** The rule and event counts per hour. */
  public RuleTotals totals() {
    return totals;
  }

  /** The statistics, or null when {@code <stats>} is 0. */
  public @Nullable HourlyStats stats() {
    return stats;
  }

  /** The open log files. */
  public OutputFiles files() {
    return files;
  }

  /** The zone times are shown in. */
  public ZoneId zone() {
    return zone;
  }

  /** The settings in use. */
  public OutputSettings settings() {
    return settings;
  }

  /** Writes every buffer to its file. */
  public void flush() throws IOException {
    files.flush();
  }

  /**
   * Alerts, archived events and firewall lines written so far, and each log's counts. May be called
   * from any thread.
   */
  public OutputCounters counters() {
    return new OutputCounters(alertsWritten, archivesWritten, firewallWritten, statsErrors,
        files.counters(LogKind.ALERTS), files.counters(LogKind.ALERTS_JSON),
        files.counters(LogKind.ARCHIVES), files.counters(LogKind.ARCHIVES_JSON),
        files.counters(LogKind.FIREWALL));
  }

  @Override
  public void close() throws IOException {
    files.close();
  }
}
