package org.osprey.analysis.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One location's rootcheck database, {@code queue/rootcheck/<location>} (spec ossec-protocol §7):
 * {@code !<last seen>!<first seen> <message>}, the message at offset 23 (times of ten digits), or a
 * bare message (older OSSEC). The first line holding a message is its entry; seeing the message
 * again rewrites that line's {@code !<last seen>} in place, a new message is appended.
 */
final class RootcheckDb implements Closeable {
  /** OSSEC reads the file with {@code fgets} into a 4095-byte buffer. */
  static final int READ_BUFFER = 4095;
  /** Where the message starts in a stamped line. */
  static final int MESSAGE_AT = 23;

  private final DbFile file;
  /** Message to the offset of its first line, or -1 when that line is bare (no stamp). */
  private final Map<String, Long> index = new HashMap<>();

  private RootcheckDb(DbFile file) {
    this.file = file;
  }

  static RootcheckDb open(Path db) throws IOException {
    DbFile f = DbFile.open(db);
    RootcheckDb r = new RootcheckDb(f);
    try {
      for (DbFile.Chunk c : f.chunks(READ_BUFFER)) {
        r.index(c);
      }
    } catch (IOException e) {
      f.close();
      throw e;
    }
    return r;
  }

  private void index(DbFile.Chunk c) {
    String line = c.text();
    if (line.isEmpty() || line.charAt(0) == '#') {
      return;
    }
    if (line.charAt(0) != '!') {
      // A bare line matches as a whole and has no stamp to update.
      index.putIfAbsent(line, -1L);
    } else if (line.length() >= MESSAGE_AT) {
      index.putIfAbsent(line.substring(MESSAGE_AT), c.offset());
    }
  }

  /**
   * Records that {@code message} was seen at {@code time}; returns whether it was already known.
   * A known stamped line gets {@code !<time>} written over its start; an unknown message is
   * appended as {@code !<time>!<time> <message>}.
   */
  boolean seen(String message, long time) throws IOException {
    Long at = index.get(message);
    if (at != null) {
      if (at >= 0) {
        file.overwrite(at, "!" + time);
      }
      return true;
    }
    String line = "!" + time + "!" + time + " " + message + "\n";
    long offset = file.append(line);
    for (DbFile.Chunk c : DbFile.chunksOf(line, offset, READ_BUFFER)) {
      index(c);
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
