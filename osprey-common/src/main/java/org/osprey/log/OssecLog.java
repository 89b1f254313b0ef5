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
import java.time.format.DateTimeFormatter;

/**
 * Appends lines to {@code logs/ossec.log}. Thread-safe: one line is one {@code write} on a file opened for
 * appending, so lines from threads (and from other JVMs appending to the same file) never interleave. There
 * is no buffer in the JVM: a line is in the file when {@link #write} returns. If the file cannot be written,
 * the line goes to a fallback stream (standard error) instead of failing the daemon.
 */
public final class OssecLog implements AutoCloseable {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

  private final Path file;
  private final InstantSource clock;
  private final ZoneId zone;
  private final PrintStream fallback;
  private final FileChannel channel;
  private boolean closed;

  /** Opens (creating if needed) {@code file} for appending; local time is {@code zone}. */
  public OssecLog(Path file, InstantSource clock, ZoneId zone, PrintStream fallback) throws IOException {
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
    return new OssecLog(home.resolve("logs/ossec.log"), clock, ZoneId.systemDefault(), System.err);
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
    return STAMP.format(time) + " " + daemon + ": " + level.text() + ": " + oneLine(text);
  }

  /** Writes one line now. Never throws: a line that cannot be written goes to the fallback stream. */
  public void write(String daemon, LogLevel level, String text) {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
    String line = format(now, daemon, level, text) + "\n";
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
