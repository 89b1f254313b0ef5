package org.osprey.analysis.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code <ignore>} entries ({@code queue/fts/ig-queue}): lines that rules with
 * {@code <check_if_ignored>} look up. logtest reads but never writes, as OSSEC.
 */
public final class IgnoreStore {
  private final Set<String> lines = new HashSet<>();
  private final @Nullable Path file;

  private IgnoreStore(@Nullable Path file) {
    this.file = file;
  }

  public static IgnoreStore readOnly() {
    return new IgnoreStore(null);
  }

  public static IgnoreStore persistent(Path file) throws IOException {
    IgnoreStore s = new IgnoreStore(file);
    if (Files.isRegularFile(file)) {
      s.lines.addAll(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    }
    return s;
  }

  public boolean contains(String line) {
    return lines.contains(line);
  }

  public void add(String line) {
    if (file == null) {
      return;
    }
    if (lines.add(line)) {
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, line + "\n", StandardCharsets.ISO_8859_1,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the ignore store " + file, e);
      }
    }
  }
}
