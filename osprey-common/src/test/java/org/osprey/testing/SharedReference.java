package org.osprey.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared/reference/ossec-4.3.0}, the OSSEC reference data that tests read. */
public final class SharedReference {
  private SharedReference() {}

  /** The shared folder: the {@code osprey.shared} property, else {@code ../shared} up the tree. */
  public static Path shared() {
    String prop = System.getProperty("osprey.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("../shared").normalize();
      if (Files.isDirectory(candidate.resolve("reference"))) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("../shared (OSSEC reference data) not found beside the checkout");
  }

  /** {@code shared/reference/ossec-4.3.0}. */
  public static Path ossec() {
    return shared().resolve("reference/ossec-4.3.0");
  }
}
