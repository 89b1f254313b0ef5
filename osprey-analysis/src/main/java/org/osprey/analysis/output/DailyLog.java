package org.osprey.analysis.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * One daily log file and its stable hard link (spec §9.1), with a write buffer.
 *
 * <p>{@link #open} moves to a day's file: it closes the previous one (deleting it when it is still
 * empty), creates the year and month directories, opens the new file for appending and points the
 * stable name at it. OSSEC unlinks the stable name and links it again; here a link is made under a
 * temporary name and renamed over the stable name, so readers never find it missing. Either way it
 * is a hard link, so {@code tail -F} and log shippers see a new file when the day changes.
 *
 * <p>Records are encoded into a 64 KiB buffer (Latin-1 for the text logs, which keeps the events'
 * bytes; UTF-8 for JSON) and written to the file when the buffer fills, when {@code flushMillis}
 * have passed since the last write, on {@link #flush} and on {@link #close}. What was written
 * survives a crash of the process. When a write fails, the bytes not yet written stay in the buffer
 * for the next try. Not thread-safe: one writer thread.
 */
final class DailyLog implements Closeable {
  static final int BUFFER = 64 * 1024;

  private final LogKind kind;
  private final Path home;
  private final InstantSource clock;
  private final long flushMillis;
  private final byte[] buffer = new byte[BUFFER];
  private int used;
  private long lastWrite;
  private @Nullable FileChannel channel;
  private @Nullable Path file;
  private volatile long records;
  private volatile long lines;
  private volatile long bytes;

  DailyLog(LogKind kind, Path home, InstantSource clock, long flushMillis) {
    this.kind = kind;
    this.home = home;
    this.clock = clock;
    this.flushMillis = flushMillis;
    this.lastWrite = clock.millis();
  }

  LogKind kind() {
    return kind;
  }

  /** The file written now, or null before {@link #open}. */
  @Nullable Path file() {
    return file;
  }

  /** Switches to {@code day}'s file (nothing happens when it is already the current one). */
  void open(LocalDate day) throws IOException {
    Path next = kind.dailyFile(home, day);
    if (next.equals(file)) {
      return;
    }
    Path previous = file;
    closeChannel();
    if (previous != null) {
      deleteIfEmpty(previous);
    }
    FileModes.directories(next.getParent());
    channel = FileChannel.open(next, EnumSet.of(StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND), FileModes.file());
    file = next;
    link(next, kind.stableFile(home));
  }

  private static void deleteIfEmpty(Path f) throws IOException {
    try {
      if (Files.size(f) == 0) {
        Files.delete(f);
      }
    } catch (NoSuchFileException gone) {
      // Removed by someone else: nothing to clean.
    }
  }

  private static void link(Path target, Path stable) throws IOException {
    Path temp = stable.resolveSibling("." + stable.getFileName() + ".link");
    Files.deleteIfExists(temp);
    Files.createLink(temp, target);
    Files.move(temp, stable, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Appends one record (its text ends with its newline). */
  void append(CharSequence text) throws IOException {
    if (channel == null) {
      throw new IllegalStateException(kind + " log is not open");
    }
    int n = text.length();
    long newlines = 0;
    long encoded = 0;
    for (int i = 0; i < n; i++) {
      if (used > BUFFER - 4) {
        writeOut();
      }
      char c = text.charAt(i);
      if (c == '\n') {
        newlines++;
      }
      int start = used;
      if (!kind.utf8()) {
        buffer[used++] = (byte) (c <= 0xFF ? c : '?');
      } else if (c < 0x80) {
        buffer[used++] = (byte) c;
      } else if (c < 0x800) {
        buffer[used++] = (byte) (0xC0 | (c >> 6));
        buffer[used++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        buffer[used++] = (byte) (0xF0 | (cp >> 18));
        buffer[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        buffer[used++] = '?';
      } else {
        buffer[used++] = (byte) (0xE0 | (c >> 12));
        buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (c & 0x3F));
      }
      encoded += used - start;
    }
    records++;
    lines += newlines;
    bytes += encoded;
    if (clock.millis() - lastWrite >= flushMillis) {
      flush();
    }
  }

  /** Writes the buffer to the file. */
  void flush() throws IOException {
    if (used > 0) {
      writeOut();
    }
    lastWrite = clock.millis();
  }

  private void writeOut() throws IOException {
    FileChannel ch = channel;
    if (ch == null) {
      throw new IllegalStateException(kind + " log is not open");
    }
    ByteBuffer b = ByteBuffer.wrap(buffer, 0, used);
    try {
      while (b.hasRemaining()) {
        ch.write(b);
      }
    } finally {
      int left = b.remaining();
      System.arraycopy(buffer, b.position(), buffer, 0, left);
      used = left;
    }
  }

  /** Records, newlines and bytes appended so far (bytes as encoded, written or still buffered). */
  StreamCounters counters() {
    return new StreamCounters(records, lines, bytes);
  }

  /** Flushes and closes the current file; when the flush fails the file stays open. */
  private void closeChannel() throws IOException {
    FileChannel ch = channel;
    if (ch == null) {
      return;
    }
    flush();
    ch.force(false);
    ch.close();
    channel = null;
  }

  /** Flushes and closes; the file is closed even when the last write fails (which is thrown). */
  @Override
  public void close() throws IOException {
    try {
      closeChannel();
    } finally {
      FileChannel ch = channel;
      channel = null;
      if (ch != null) {
        ch.close();
      }
    }
  }
}
