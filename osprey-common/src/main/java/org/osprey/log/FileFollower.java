package org.osprey.log;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Follows a growing file, like {@code tail -F}: each {@link #poll} returns the complete lines appended since
 * the last one. Copes with the file not existing yet, being replaced (a new inode, as the daily rotation of
 * alerts.log does) or truncated: it then reads the new file from its start. A line still being written (no
 * newline yet) is held back until it is complete. Not thread-safe.
 */
public final class FileFollower {
  private final Path file;
  private long position;
  private @Nullable Object fileKey;
  private boolean seen;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

  /**
   * @param fromEnd true to skip what the file holds now (only new lines); false to read it from the start
   */
  public FileFollower(Path file, boolean fromEnd) throws IOException {
    this.file = file;
    if (fromEnd && Files.exists(file)) {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      position = a.size();
      fileKey = a.fileKey();
      seen = true;
    }
  }

  /** The complete lines (with their newlines) appended since the last call; empty when none. */
  public byte[] poll() throws IOException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return new byte[0];
    }
    if (!seen || !Objects.equals(a.fileKey(), fileKey) || a.size() < position) {
      // First sight, replaced or truncated: start over at the beginning of what is there now.
      seen = true;
      fileKey = a.fileKey();
      position = 0;
      partial.reset();
    }
    if (a.size() == position) {
      return new byte[0];
    }
    ByteArrayOutputStream fresh = new ByteArrayOutputStream();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
      ch.position(position);
      int n;
      while ((n = ch.read(buf)) > 0) {
        fresh.write(buf.array(), 0, n);
        position += n;
        buf.clear();
      }
    } catch (NoSuchFileException e) {
      return new byte[0];
    }
    partial.writeBytes(fresh.toByteArray());
    byte[] all = partial.toByteArray();
    int end = all.length;
    while (end > 0 && all[end - 1] != '\n') {
      end--;
    }
    partial.reset();
    partial.write(all, end, all.length - end);
    byte[] lines = new byte[end];
    System.arraycopy(all, 0, lines, 0, end);
    return lines;
  }
}
