package org.osprey.analysis.output;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The daily log files analysisd writes (spec §9.1): each kept as
 * {@code logs/<dir>/<YYYY>/<Mon>/ossec-<kind>-<DD>.<ext>} with the stable name
 * {@code logs/<dir>/<dir>.<ext>} hard-linked to the current day's file.
 */
public enum LogKind {
  /** alerts.log: alert blocks or custom alert lines. */
  ALERTS("alerts", "alerts", "log", false),
  /** alerts.json ({@code <jsonout_output>}). */
  ALERTS_JSON("alerts", "alerts", "json", true),
  /** archives.log ({@code <logall>}). */
  ARCHIVES("archives", "archive", "log", false),
  /** archives.json ({@code <logall_json>}). */
  ARCHIVES_JSON("archives", "archive", "json", true),
  /** firewall.log ({@code analysisd.log_fw}). */
  FIREWALL("firewall", "firewall", "log", false);

  private final String dir;
  private final String kind;
  private final String ext;
  private final boolean utf8;

  LogKind(String dir, String kind, String ext, boolean utf8) {
    this.dir = dir;
    this.kind = kind;
    this.ext = ext;
    this.utf8 = utf8;
  }

  /** Whether the file is UTF-8 text (JSON); the others are the events' bytes (Latin-1 chars). */
  public boolean utf8() {
    return utf8;
  }

  /** {@code <home>/logs/<dir>}. */
  public Path directory(Path home) {
    return home.resolve("logs").resolve(dir);
  }

  /** The file for {@code day}. */
  public Path dailyFile(Path home, LocalDate day) {
    String dd = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : "" + day.getDayOfMonth();
    return directory(home).resolve(Integer.toString(day.getYear()))
        .resolve(LogHeader.MONTHS[day.getMonthValue() - 1])
        .resolve("ossec-" + kind + "-" + dd + "." + ext);
  }

  /** The stable name, e.g. {@code logs/alerts/alerts.log}. */
  public Path stableFile(Path home) {
    return directory(home).resolve(dir + "." + ext);
  }
}
