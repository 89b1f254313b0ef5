package org.osprey.agent.logcollector.positions;

import java.util.Objects;

/**
 * How far one file has been sent.
 *
 * @param pattern the {@code <location>} the file was found by
 * @param path the file's path when it was read (a rotated file keeps the path it had)
 * @param identity the file read
 * @param offset the byte after the last line sent (the start of a record still being built)
 */
public record FilePosition(String pattern, String path, FileIdentity identity, long offset) {
  public FilePosition {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(identity, "identity");
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset " + offset + " for " + path);
    }
  }
}
