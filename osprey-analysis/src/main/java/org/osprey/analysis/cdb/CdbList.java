package org.osprey.analysis.cdb;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One declared list and, when its {@code .cdb} could be opened, its reader. A list without a reader
 * (file missing or damaged) has no keys: {@link #get} gives null and {@link #contains} false.
 *
 * @param path the list's names
 * @param reader the open cdb, or null when it could not be opened
 */
public record CdbList(ListPath path, @Nullable CdbReader reader) {
  public CdbList {
    Objects.requireNonNull(path, "path");
  }

  /** Whether the compiled list was opened. */
  public boolean available() {
    return reader != null;
  }

  /** The first value stored under {@code key} (ISO-8859-1), or null. */
  public @Nullable String get(String key) {
    CdbReader r = reader;
    return r == null ? null : r.get(key);
  }

  /** Whether {@code key} (ISO-8859-1) is a key of the list. */
  public boolean contains(String key) {
    CdbReader r = reader;
    return r != null && r.contains(key);
  }
}
