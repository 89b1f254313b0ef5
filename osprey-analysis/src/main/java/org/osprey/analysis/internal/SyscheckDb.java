package org.osprey.analysis.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One location's integrity database, {@code queue/syscheck/<location>} (spec ossec-protocol §6.2):
 * one line per observation, {@code <3-char prefix><checksum> !<time> <file>}. The newest line not
 * commented out with {@code #} is a file's current entry; lines without the {@code !<time>} stamp
 * (older OSSEC) are read too. An index from file name to that line is built when the database is
 * opened, as OSSEC's analysisd does.
 */
final class SyscheckDb implements Closeable {
  /** OSSEC reads the file with {@code fgets} into a 6144-byte buffer. */
  static final int READ_BUFFER = 6144;

  private final DbFile file;
  private final Path marker;
  private final Map<String, Entry> index = new HashMap<>();
  private boolean completed;

  /**
   * A file's current line.
   *
   * @param offset where the line starts
   * @param prefixSum the line up to its first space: the 3-character prefix and the checksum
   */
  record Entry(long offset, String prefixSum) {
    /** The checksum without the prefix. */
    String sum() {
      return prefixSum.length() <= 3 ? "" : prefixSum.substring(3);
    }

    /** Prefix character {@code i} (0-2), or NUL when the line is shorter. */
    char prefix(int i) {
      return i < prefixSum.length() ? prefixSum.charAt(i) : '\0';
    }
  }

  private SyscheckDb(DbFile file, Path marker, boolean completed) {
    this.file = file;
    this.marker = marker;
    this.completed = completed;
  }

  /** Opens (creating it when missing) the database {@code db}, whose completion marker is given. */
  static SyscheckDb open(Path db, Path marker) throws IOException {
    DbFile f = DbFile.open(db);
    SyscheckDb s = new SyscheckDb(f, marker, Files.exists(marker));
    try {
      for (DbFile.Chunk c : f.chunks(READ_BUFFER)) {
        s.index(c);
      }
    } catch (IOException e) {
      f.close();
      throw e;
    }
    return s;
  }

  private void index(DbFile.Chunk c) {
    String line = c.text();
    if (line.isEmpty() || line.charAt(0) == '#') {
      return;
    }
    int space = line.indexOf(' ');
    if (space < 0) {
      return;
    }
    int name = space + 1;
    if (name < line.length() && line.charAt(name) == '!') {
      int next = line.indexOf(' ', name);
      if (next < 0) {
        return;
      }
      name = next + 1;
    }
    index.put(line.substring(name), new Entry(c.offset(), line.substring(0, space)));
  }

  /** The current entry of {@code fileName}, or null when the file is not in the database. */
  @Nullable Entry find(String fileName) {
    return index.get(fileName);
  }

  /**
   * Appends {@code prefixSum !time fileName} as the file's current entry. The index takes the new
   * line as a later read of the file would (a line longer than the read buffer is read in pieces).
   */
  void add(String fileName, String prefixSum, long time) throws IOException {
    String line = prefixSum + " !" + time + " " + fileName + "\n";
    long at = file.append(line);
    for (DbFile.Chunk c : DbFile.chunksOf(line, at, READ_BUFFER)) {
      index(c);
    }
  }

  /**
   * Replaces {@code old}, the current entry of {@code fileName}: appends the new line, then comments
   * the old one out (a {@code #} over its first byte). Appending first means a crash in between
   * leaves the new line current rather than the file forgotten.
   */
  void replace(String fileName, Entry old, String prefixSum, long time) throws IOException {
    add(fileName, prefixSum, time);
    file.overwrite(old.offset(), "#");
  }

  /** Whether {@code syscheck-db-completed} was seen (or the marker file existed when opened). */
  boolean completed() {
    return completed;
  }

  /** Writes the completion marker {@code .<location>.cpt} ({@code #!X}) and remembers it. */
  void markCompleted() throws IOException {
    Files.writeString(marker, "#!X", StandardCharsets.ISO_8859_1);
    completed = true;
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
