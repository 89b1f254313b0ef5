package org.osprey.analysis.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.rule.Rule;

/**
 * OSSEC's event statistics ({@code stats.c}, spec ossec-rules §8.5 and ossec-protocol §9.5): events
 * are counted per hour and per weekday and hour; at the end of each day the counts go into the
 * day's totals file and are averaged into {@code stats/hourly-average/<h>} and
 * {@code stats/weekly-average/<weekday>/<h>} (index 24 counts the days). An hour whose count goes
 * well above its average raises internal rule 11, once per hour and at most three times a day.
 *
 * <p>The averages, as OSSEC computes them in integers: a first day gives {@code count + 20}; later
 * days {@code (count + n*avg)/(n+1) + 5}, or {@code (3*count + n*avg)/(n+3) + 25} after a day with
 * three alerts, where {@code n} is the number of days seen, at most 7. Hours without events keep
 * their average. An alert needs three days of averages and a count above {@code avg + max(mindiff,
 * min(maxdiff, avg*percent/100 + 1))}.
 *
 * <p>One correction: OSSEC never counts the days of a weekday (its {@code weekly-average/<d>/24}
 * stays 0), so its weekday comparison ("... on Monday is ...") can never fire and the weekday
 * averages always use {@code n = 1}. Here a weekday's day count grows on each day that had events
 * on that weekday, so after three such days the weekday alert works as its message intends.
 *
 * <p>Driven by event time; not thread-safe (the thread that drives the engine).
 */
public final class HourlyStats {
  static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday"};

  /**
   * The statistics settings.
   *
   * @param minDiff {@code analysisd.stats_mindiff}
   * @param maxDiff {@code analysisd.stats_maxdiff}
   * @param percentDiff {@code analysisd.stats_percent_diff}
   */
  public record Settings(int minDiff, int maxDiff, int percentDiff) {
    /** OSSEC's shipped internal options. */
    public static final Settings DEFAULTS = new Settings(1250, 999000, 150);
  }

  private final Path home;
  private final Settings settings;
  private final Rule rule;
  private final int[] avgHour = new int[25];
  private final int[] curHour = new int[25];
  private final int[][] avgWeek = new int[7][25];
  private final int[][] curWeek = new int[7][25];
  private int ignoreHour;
  private boolean fired;
  private int dailyErrors;

  private HourlyStats(Path home, Settings settings, Rule rule) {
    this.home = home;
    this.settings = settings;
    this.rule = rule;
  }

  /**
   * OSSEC's {@code Start_Hour}: creates the stats directories and reads the saved averages (missing
   * or unreadable ones count as 0).
   *
   * @param rule the rule alerts are raised with ({@link StatsRule#create})
   */
  public static HourlyStats load(Path home, Settings settings, Rule rule) throws IOException {
    HourlyStats s = new HourlyStats(home, settings, rule);
    FileModes.directories(StatsFiles.hourly(home));
    FileModes.directories(StatsFiles.totalsRoot(home));
    for (int h = 0; h <= 24; h++) {
      s.avgHour[h] = StatsFiles.readNumber(StatsFiles.hourly(home).resolve(Integer.toString(h)));
    }
    for (int d = 0; d < 7; d++) {
      Path dir = StatsFiles.weekly(home).resolve(Integer.toString(d));
      FileModes.directories(dir);
      for (int h = 0; h <= 24; h++) {
        s.avgWeek[d][h] = StatsFiles.readNumber(dir.resolve(Integer.toString(h)));
      }
    }
    return s;
  }

  /**
   * OSSEC's {@code Check_Hour}: counts {@code e} in its hour and returns the alert to write when
   * the hour went over its average, or null (also when rule 11 is below the log level).
   */
  public @Nullable StatsAlert check(Event e) {
    LocalDateTime t = e.localTime();
    int hour = t.getHour();
    int wday = t.getDayOfWeek().getValue() % 7;
    curHour[hour]++;
    curWeek[wday][hour]++;
    if (avgHour[24] <= 2) {
      return null;
    }
    if (dailyErrors >= 3 || (fired && ignoreHour == hour)) {
      return null;
    }
    if (ignoreHour != hour) {
      ignoreHour = hour;
      fired = false;
    }
    int avg = avgHour[hour];
    if (avg != 0 && curHour[hour] > avg && curHour[hour] > threshold(avg)) {
      return raise(e, "The average number of logs between " + hour + ":00 and " + (hour + 1)
          + ":00 is " + avg + ". We reached " + curHour[hour] + ".");
    }
    if (avgWeek[wday][24] <= 2) {
      return null;
    }
    int wavg = avgWeek[wday][hour];
    if (wavg != 0 && curWeek[wday][hour] > wavg && curWeek[wday][hour] > threshold(wavg)) {
      return raise(e, "The average number of logs between " + hour + ":00 and " + (hour + 1)
          + ":00 on " + WEEKDAYS[wday] + " is " + wavg + ". We reached " + curWeek[wday][hour]
          + ".");
    }
    return null;
  }

  /** OSSEC's {@code gethour}: the count an hour must exceed. */
  long threshold(int avg) {
    long diff = (long) avg * settings.percentDiff() / 100 + 1;
    if (diff < settings.minDiff()) {
      return (long) avg + settings.minDiff();
    }
    if (diff > settings.maxDiff()) {
      return (long) avg + settings.maxDiff();
    }
    return avg + diff;
  }

  private @Nullable StatsAlert raise(Event e, String text) {
    fired = true;
    dailyErrors++;
    return rule.log() ? new StatsAlert(copy(e, text), rule) : null;
  }

  /** The alert's event: {@code e} with {@code fullLog} for its own, and no earlier events. */
  static Event copy(Event e, String fullLog) {
    Event c = new Event(e.queue(), e.location(), fullLog, e.epochSecond(), e.zone());
    c.setLog(fullLog);
    c.setHostname(e.hostnameIsLocation() ? c.location() : e.hostname());
    c.setProgramName(e.programName());
    for (Field f : Field.values()) {
      c.set(f, e.get(f));
    }
    c.setDecoder(e.decoder());
    Decoder d = DecoderSet.of(e);
    if (d != null) {
      for (int i = 0; i < d.order().size(); i++) {
        String v = e.dynamic(i);
        if (v != null) {
          c.setDynamic(i, v);
        }
      }
    }
    return c;
  }

  /**
   * OSSEC's {@code Update_Hour}, at the end of {@code day}: appends the day's hourly totals to its
   * totals file, updates and saves the averages, and starts new counts. When the totals file cannot
   * be written the averages are still updated, and the failure is thrown afterwards.
   */
  public void endDay(LocalDate day) throws IOException {
    StringBuilder totals = new StringBuilder();
    long sum = 0;
    for (int h = 0; h < 24; h++) {
      totals.append("Hour totals - ").append(h).append(':').append(curHour[h]).append('\n');
      sum += curHour[h];
    }
    totals.append("Total events for day:").append(sum).append('\n');
    IOException totalsFailed = null;
    try {
      StatsFiles.appendTotals(home, day, totals);
    } catch (IOException e) {
      totalsFailed = e;
    }

    avgHour[24]++;
    int days = Math.min(avgHour[24], 7);
    Path hourly = StatsFiles.hourly(home);
    for (int h = 0; h < 24; h++) {
      if (curHour[h] != 0) {
        avgHour[h] = average(curHour[h], avgHour[h], days);
        StatsFiles.writeNumber(hourly.resolve(Integer.toString(h)), avgHour[h]);
        curHour[h] = 0;
      }
    }
    StatsFiles.writeNumber(hourly.resolve("24"), avgHour[24]);

    for (int d = 0; d < 7; d++) {
      Path dir = StatsFiles.weekly(home).resolve(Integer.toString(d));
      int[] cur = curWeek[d];
      int[] avg = avgWeek[d];
      boolean seen = false;
      for (int h = 0; h < 24; h++) {
        seen |= cur[h] != 0;
      }
      if (seen) {
        avg[24]++;
      }
      int wdays = Math.min(Math.max(avg[24], 1), 7);
      for (int h = 0; h < 24; h++) {
        if (cur[h] != 0) {
          avg[h] = average(cur[h], avg[h], wdays);
          StatsFiles.writeNumber(dir.resolve(Integer.toString(h)), avg[h]);
          cur[h] = 0;
        }
      }
      StatsFiles.writeNumber(dir.resolve("24"), avg[24]);
    }
    dailyErrors = 0;
    if (totalsFailed != null) {
      throw totalsFailed;
    }
  }

  private int average(int count, int old, int days) {
    if (old == 0) {
      return count + 20;
    }
    if (dailyErrors >= 3) {
      return (int) ((3L * count + (long) days * old) / (days + 3) + 25);
    }
    return (int) ((count + (long) days * old) / (days + 1) + 5);
  }

  /** The saved average of {@code hour} (0-23), or the number of days at 24. */
  public int average(int hour) {
    return avgHour[hour];
  }

  /** The saved average of {@code hour} on {@code weekday} (0 Sunday), or its days at 24. */
  public int weekdayAverage(int weekday, int hour) {
    return avgWeek[weekday][hour];
  }

  /** The count of {@code hour} today. */
  public int count(int hour) {
    return curHour[hour];
  }
}
