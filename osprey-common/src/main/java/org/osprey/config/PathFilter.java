package org.osprey.config;

import java.util.Objects;

/**
 * A syscheck {@code <ignore>}, {@code <registry_ignore>} or {@code <nodiff>} entry.
 *
 * @param value the path, or the pattern when {@code pattern} is true
 * @param pattern whether it was written with {@code type="sregex"} (an OS_Match pattern)
 * @param source the file it was written in
 * @param line its line
 */
public record PathFilter(String value, boolean pattern, String source, int line) {

  public PathFilter {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
