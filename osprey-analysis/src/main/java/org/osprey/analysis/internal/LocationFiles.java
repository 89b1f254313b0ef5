package org.osprey.analysis.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The per-location database files under {@code queue/syscheck} and {@code queue/rootcheck}. */
final class LocationFiles {
  private LocationFiles() {}

  /**
   * {@code dir/<location>}, or null when the location cannot name a file in {@code dir}: empty,
   * {@code .} or {@code ..}, or containing {@code /} or a NUL. OSSEC builds the same path and fails
   * to open it in those cases (it drops the event); here it is refused before touching the disk.
   */
  static @Nullable Path resolve(Path dir, String location) {
    if (!usable(location)) {
      return null;
    }
    return dir.resolve(location);
  }

  /** {@code dir/.<location>.cpt}, the marker of a completed syscheck database. */
  static @Nullable Path completedMarker(Path dir, String location) {
    if (!usable(location)) {
      return null;
    }
    return dir.resolve("." + location + ".cpt");
  }

  private static boolean usable(String location) {
    return !location.isEmpty() && !location.equals(".") && !location.equals("..")
        && location.indexOf('/') < 0 && location.indexOf('\0') < 0;
  }
}
