package org.osprey.config;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One path of a syscheck {@code <directories>} element (an element listing several paths yields one
 * of these per path, all with the same options).
 *
 * @param path the file or directory
 * @param checks what is recorded about each file
 * @param realtime whether changes are watched as they happen, not only at scans
 * @param reportChanges whether text changes are reported as a diff
 * @param recurse whether subdirectories are scanned
 * @param restrict an OS_Match pattern that file names must match to be checked, or null
 * @param source the file it was written in
 * @param line its line
 */
public record WatchedDirectory(
    String path,
    Set<FileCheck> checks,
    boolean realtime,
    boolean reportChanges,
    boolean recurse,
    @Nullable String restrict,
    String source,
    int line) {

  public WatchedDirectory {
    Objects.requireNonNull(path, "path");
    checks = checks.isEmpty()
        ? Set.of()
        : java.util.Collections.unmodifiableSet(EnumSet.copyOf(checks));
    Objects.requireNonNull(source, "source");
  }
}
