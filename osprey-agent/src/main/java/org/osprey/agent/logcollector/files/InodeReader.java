package org.osprey.agent.logcollector.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.osprey.agent.logcollector.formats.Emitter;
import org.osprey.agent.logcollector.formats.RecordFormat;
import org.osprey.agent.logcollector.positions.FileIdentity;

/**
 * Reads one open file (one inode) from an offset: bytes to lines, lines through the format to
 * events. It keeps two offsets: how far it has read, and how far everything is sent
 * ({@link #committed}: the end of the last line whose events went out, never inside a record the
 * format still holds). The second is what positions save. Used by the collector thread only.
 */
final class InodeReader implements LineSplitter.Sink, AutoCloseable {

  /** Told about each line read, for counting and reporting cut lines. */
  interface LineObserver {
    void line(InodeReader reader, int kept, long fullLength, String text);
  }

  final FileIdentity identity;
  final RecordFormat format;
  private final FileChannel channel;
  private final LineSplitter splitter;
  private final LineObserver observer;
  private Emitter out;
  private long chunkStart;
  long readOffset;
  long committed;
  /** System.nanoTime() of the last data read. */
  long lastData;
  /** True when endOfData was given to the format since the last data. */
  boolean ended = true;
  /** True when the last read reached the end of the file. */
  boolean atEnd;
  /** True when reading failed; the reader is closed. */
  boolean failed;

  private InodeReader(FileChannel channel, FileIdentity identity, RecordFormat format,
      int maxLine, LineObserver observer, Emitter out, long offset) {
    this.channel = channel;
    this.identity = identity;
    this.format = format;
    this.splitter = new LineSplitter(maxLine);
    this.observer = observer;
    this.out = out;
    this.readOffset = offset;
    this.committed = offset;
    this.lastData = System.nanoTime();
  }

  /**
   * Opens {@code path} at {@code offset}, or at its end when offset is negative. The path is
   * looked at before and after the open: when both agree, the open got that file; when a rotation
   * came in between, it tries again.
   */
  static InodeReader open(Path path, long offset, RecordFormat format, int maxLine,
      LineObserver observer, Emitter out) throws IOException {
    for (int attempt = 0; ; attempt++) {
      FileIdentity.Stat before = FileIdentity.stat(path);
      FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
      try {
        FileIdentity.Stat after;
        try {
          after = FileIdentity.stat(path);
        } catch (NoSuchFileException e) {
          after = before; // renamed away after the open: the open got the file seen before
        }
        if (!after.identity().equals(before.identity()) && attempt < 3) {
          ch.close();
          continue;
        }
        long start = offset < 0 ? ch.size() : offset;
        return new InodeReader(ch, before.identity(), format, maxLine, observer, out, start);
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
    }
  }

  /** Sends events to {@code out} from now on (the reader changed hands). */
  void rebind(Emitter out) {
    this.out = out;
  }

  /** The file's size now. */
  long size() throws IOException {
    return channel.size();
  }

  /**
   * Reads lines until the end of the file or {@code maxLines}.
   *
   * @return the lines read; {@link #atEnd} tells whether the end was reached
   */
  int read(ByteBuffer buf, int maxLines) throws IOException, InterruptedException {
    int total = 0;
    atEnd = false;
    while (total < maxLines) {
      buf.clear();
      int n = channel.read(buf, readOffset);
      if (n <= 0) {
        atEnd = true;
        break;
      }
      chunkStart = readOffset;
      readOffset += n;
      lastData = System.nanoTime();
      ended = false;
      total += splitter.feed(buf.array(), buf.arrayOffset(), n, this);
    }
    return total;
  }

  @Override
  public void line(byte[] bytes, int offset, int length, long fullLength, int consumed)
      throws InterruptedException {
    String s = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    if (s.indexOf('\0') >= 0) {
      s = s.replace('\0', ' '); // a NUL would end the C string on the wire (OSSEC #913)
    }
    observer.line(this, length, fullLength, s);
    format.line(s, out);
    if (!format.holding()) {
      committed = chunkStart + consumed;
    }
  }

  /** The file has been quiet: lets the format end a held record. */
  void endOfData() throws InterruptedException {
    ended = true;
    if (format.holding()) {
      format.endOfData(out);
      if (!format.holding()) {
        committed = readOffset - splitter.pendingBytes();
      }
    }
  }

  /** The file shrank: sends what the format holds and starts again from its beginning. */
  void truncated() throws InterruptedException {
    format.endOfData(out);
    splitter.reset();
    readOffset = 0;
    committed = 0;
    ended = true;
  }

  /** True when everything read is sent (no record held, no partial line). */
  boolean idle() {
    return !format.holding() && splitter.pendingBytes() == 0;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
