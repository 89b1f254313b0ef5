package org.osprey.analysis.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The enabled daily logs under an install home, all on the same day. Not thread-safe: one writer
 * thread.
 */
public final class OutputFiles implements Closeable {
  private final Map<LogKind, DailyLog> logs = new EnumMap<>(LogKind.class);
  private @Nullable LocalDate day;

  /**
   * @param kinds the logs to keep (alerts.log is always one)
   * @param flushMillis the longest time an appended record waits in a buffer while more are
   *     appended
   */
  public OutputFiles(Path home, Set<LogKind> kinds, InstantSource clock, long flushMillis) {
    for (LogKind k : kinds) {
      logs.put(k, new DailyLog(k, home, clock, flushMillis));
    }
  }

  /** Opens (or moves to) the files of {@code newDay}. */
  public void open(LocalDate newDay) throws IOException {
    for (DailyLog l : logs.values()) {
      l.open(newDay);
    }
    day = newDay;
  }

  /** The day whose files are open, or null before {@link #open}. */
  public @Nullable LocalDate day() {
    return day;
  }

  /** Whether {@code kind} is written. */
  public boolean enabled(LogKind kind) {
    return logs.containsKey(kind);
  }

  /** The file of {@code kind} written now, or null when it is not enabled or not open. */
  public @Nullable Path file(LogKind kind) {
    DailyLog l = logs.get(kind);
    return l == null ? null : l.file();
  }

  /** Appends one record to {@code kind}'s file; false when that kind is not enabled. */
  public boolean append(LogKind kind, CharSequence record) throws IOException {
    DailyLog l = logs.get(kind);
    if (l == null) {
      return false;
    }
    l.append(record);
    return true;
  }

  /** Writes every buffer to its file. */
  public void flush() throws IOException {
    IOException failed = null;
    for (DailyLog l : logs.values()) {
      try {
        l.flush();
      } catch (IOException e) {
        failed = add(failed, e);
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  /** What went into {@code kind}'s files so far. */
  public StreamCounters counters(LogKind kind) {
    DailyLog l = logs.get(kind);
    return l == null ? StreamCounters.NONE : l.counters();
  }

  @Override
  public void close() throws IOException {
    IOException failed = null;
    for (DailyLog l : logs.values()) {
      try {
        l.close();
      } catch (IOException e) {
        failed = add(failed, e);
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  private static IOException add(@Nullable IOException first, IOException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }
}
