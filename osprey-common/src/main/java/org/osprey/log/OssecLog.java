package org.osprey.log;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.osprey.text.CivilTime;

/**
 * Appends lines to {@code logs/ossec.log}. Thread-safe: one line is one {@code write} on a file opened for
 * appending, so lines from threads (and from other JVMs appending to the same file) never interleave. There
 * is no buffer in the JVM: a line is in the file when {@link #write} returns. If the file cannot be written,
 * the line goes to a fallback stream (standard error) instead of failing the daemon.
 */
public final class OssecLog implements AutoCloseable {
  private final Path file;
  private final InstantSource clock;
  private final TimeZone zone;
  private final PrintStream fallback;
  private final FileChannel channel;
  private boolean closed;

  /** Opens (creating if needed) {@code file} for appending; local time is {@code zone}. */
  public OssecLog(Path file, InstantSource clock, ZoneId zone, PrintStream fallback) throws IOException {
    this(file, clock, TimeZone.getTimeZone(zone), fallback);
  }

  /**
   * Opens (creating if needed) {@code file} for appending; local time is {@code zone}. A
   * {@code java.util.TimeZone}, not a {@code ZoneId}: resolving a region {@code ZoneId} loads java.time's
   * zone-rules provider (and streams) into every JVM, while the default {@code TimeZone} is loaded anyway.
   */
  public OssecLog(Path file, InstantSource clock, TimeZone zone, PrintStream fallback) throws IOException {
    this.file = file;
    this.clock = clock;
    this.zone = zone;
    this.fallback = fallback;
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  /** Opens {@code <home>/logs/ossec.log} with the system time zone, falling back to standard error. */
  public static OssecLog open(Path home, InstantSource clock) throws IOException {
    return new OssecLog(home.resolve("logs/ossec.log"), clock, TimeZone.getDefault(), System.err);
  }

  /** The logger of one daemon, e.g. {@code ossec-analysisd}. */
  public DaemonLog daemon(String daemonName) {
    return new DaemonLog(this, daemonName);
  }

  /** The file this log appends to. */
  public Path file() {
    return file;
  }

  /** Formats one line (without the newline): {@code 2025/01/31 13:05:09 ossec-remoted: WARN: text}. */
  public static String format(LocalDateTime time, String daemon, LogLevel level, String text) {
    return line(new CivilTime(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
        time.getMinute(), time.getSecond()), daemon, level, text);
  }

  /**
   * The line at local time {@code t}. The stamp is written by hand rather than with a
   * {@code DateTimeFormatter}: that pulls about 80 classes of java.time's formatting and locale data
   * into every JVM, which an agent's memory budget feels.
   */
  private static String line(CivilTime t, String daemon, LogLevel level, String text) {
    StringBuilder b = t.appendTo(new StringBuilder(32 + daemon.length() + text.length()), '/', ' ');
    return b.append(' ').append(daemon).append(": ").append(level.text()).append(": ").append(oneLine(text))
        .toString();
  }

  /** Writes one line now. Never throws: a line that cannot be written goes to the fallback stream. */
  public void write(String daemon, LogLevel level, String text) {
    long millis = clock.millis();
    CivilTime now = CivilTime.ofEpochSecond(Math.floorDiv(millis + zone.getOffset(millis), 1000));
    String line = line(now, daemon, level, text) + "\n";
    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
    synchronized (this) {
      if (!closed) {
        try {
          while (bytes.hasRemaining()) {
            channel.write(bytes);
          }
          return;
        } catch (IOException e) {
          fallback.println("osprey: cannot write " + file + ": " + e.getMessage());
        }
      }
    }
    fallback.print(line);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      fallback.println("osprey: cannot close " + file + ": " + e.getMessage());
    }
  }

  private static String oneLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
