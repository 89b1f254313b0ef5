package org.osprey.analysis.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the internal decoders' database files: Latin-1 text lines, read the way OSSEC's
 * {@code fgets} with a fixed buffer reads them, appended to, and patched in place at known offsets.
 * Every write is forced to disk before it returns. Opening the file terminates a last line a crash
 * left without its newline, so the next append starts a line of its own.
 */
final class DbFile implements Closeable {
  private final FileChannel channel;
  private long size;

  private DbFile(FileChannel channel, long size) {
    this.channel = channel;
    this.size = size;
  }

  /** Opens {@code file} for reading and writing, creating it (and its folder) when missing. */
  static DbFile open(Path file) throws IOException {
    Path parent = file.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
        StandardOpenOption.CREATE);
    DbFile f = new DbFile(ch, ch.size());
    try {
      f.terminateTornLine();
    } catch (IOException e) {
      ch.close();
      throw e;
    }
    return f;
  }

  private void terminateTornLine() throws IOException {
    if (size == 0) {
      return;
    }
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    if (last.get(0) != '\n') {
      append("\n");
    }
  }

  /**
   * A piece of the file as one {@code fgets(buf, bufferSize, fp)} returns it: at most
   * {@code bufferSize - 1} characters, up to and including a newline.
   *
   * @param offset where the piece starts in the file
   * @param text the piece without its newline
   */
  record Chunk(long offset, String text) {}

  /** The whole file in {@code fgets} pieces. */
  List<Chunk> chunks(int bufferSize) throws IOException {
    List<Chunk> out = new ArrayList<>();
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(0)), 65536);
    StringBuilder b = new StringBuilder();
    long offset = 0;
    long start = 0;
    int max = bufferSize - 1;
    int c;
    while ((c = in.read()) >= 0) {
      offset++;
      if (c == '\n') {
        out.add(new Chunk(start, b.toString()));
        b.setLength(0);
        start = offset;
        continue;
      }
      b.append((char) c);
      if (b.length() == max) {
        out.add(new Chunk(start, b.toString()));
        b.setLength(0);
        start = offset;
      }
    }
    if (!b.isEmpty()) {
      out.add(new Chunk(start, b.toString()));
    }
    return out;
  }

  /**
   * The {@code fgets} pieces of {@code line} (which ends with a newline) once written at
   * {@code offset}, as a later read of the file would see them.
   */
  static List<Chunk> chunksOf(String line, long offset, int bufferSize) {
    List<Chunk> out = new ArrayList<>(1);
    int max = bufferSize - 1;
    int start = 0;
    int n = line.length();
    while (start < n) {
      int nl = line.indexOf('\n', start);
      int end = nl < 0 ? n : nl + 1;
      if (end - start > max) {
        end = start + max;
      }
      String text = line.substring(start, end);
      if (text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      out.add(new Chunk(offset + start, text));
      start = end;
    }
    return out;
  }

  /** Appends {@code text} (Latin-1) in one write; returns the offset it starts at. */
  long append(String text) throws IOException {
    long at = size;
    write(text, at);
    size = at + text.length();
    return at;
  }

  /** Overwrites the bytes at {@code offset} with {@code text}. */
  void overwrite(long offset, String text) throws IOException {
    write(text, offset);
    size = Math.max(size, offset + text.length());
  }

  private void write(String text, long at) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    long pos = at;
    while (buf.hasRemaining()) {
      pos += channel.write(buf, pos);
    }
    channel.force(false);
  }

  /** Closes every one of {@code files}; the first failure is thrown, later ones suppressed. */
  static void closeAll(Iterable<? extends Closeable> files) throws IOException {
    @Nullable IOException first = null;
    for (Closeable c : files) {
      try {
        c.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
