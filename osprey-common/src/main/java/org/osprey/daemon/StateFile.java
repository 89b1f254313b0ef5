package org.osprey.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osprey.text.Ascii;

/**
 * A supervisor's state file, {@code var/run/osprey-<jvm>.state}: {@code key='value'} lines like OSSEC's
 * {@code ossec-analysisd.state}, with {@code #} comments. Written to a temporary file and renamed, so a
 * reader never sees half a file.
 *
 * @param values the keys in file order; values hold no quote or line break
 */
public record StateFile(Map<String, String> values) {
  private static final String KEY_PUNCTUATION = "_./-";

  public StateFile {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!Ascii.name(e.getKey(), KEY_PUNCTUATION)) {
        throw new IllegalArgumentException("bad state key: " + e.getKey());
      }
      if (e.getValue().indexOf('\'') >= 0 || e.getValue().indexOf('\n') >= 0) {
        throw new IllegalArgumentException("state value with a quote or newline: " + e.getKey());
      }
    }
  }

  /** Parses the lines of a state file; lines that are not {@code key='value'} are skipped. */
  public static StateFile parse(List<String> lines) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : lines) {
      int eq = line.indexOf('=');
      if (line.startsWith("#") || eq <= 0) {
        continue;
      }
      String value = line.substring(eq + 1).strip();
      if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
        value = value.substring(1, value.length() - 1);
      }
      String key = line.substring(0, eq).strip();
      if (Ascii.name(key, KEY_PUNCTUATION) && value.indexOf('\'') < 0) {
        values.put(key, value);
      }
    }
    return new StateFile(values);
  }

  /** Reads a state file. */
  public static StateFile read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** The file text: a comment line, then one {@code key='value'} line per key. */
  public String text() {
    StringBuilder out = new StringBuilder("# Osprey supervisor state, rewritten while it runs.\n");
    values.forEach((k, v) -> out.append(k).append("='").append(v).append("'\n"));
    return out.toString();
  }

  /** Writes the file atomically (temporary file in the same directory, then rename). */
  public void write(Path file) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, text(), StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The value of {@code key}, or null. */
  public @Nullable String get(String key) {
    return values.get(key);
  }

  /** The value of {@code key} as a number, or {@code fallback} when absent or not a number. */
  public long number(String key, long fallback) {
    String v = values.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The value of {@code key} as a comma-separated list (empty when absent or blank). */
  public List<String> list(String key) {
    String v = values.get(key);
    if (v == null || v.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String item : v.split(",")) {
      out.add(item.strip());
    }
    return out;
  }
}
