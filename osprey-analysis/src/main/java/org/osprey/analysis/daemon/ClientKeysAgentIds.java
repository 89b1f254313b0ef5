package org.osprey.analysis.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.output.AgentIds;

/**
 * Agent ids for alerts.json, from etc/client.keys ({@code id name ip key} per line; removed agents'
 * lines start with {@code #} or have a name starting with {@code !}). Re-read when the file changes,
 * checked at most every few seconds.
 */
final class ClientKeysAgentIds implements AgentIds {
  private final Path file;
  private volatile Map<String, String> byName = Map.of();
  private volatile @Nullable FileTime readAt;
  private volatile long checkedAt;

  ClientKeysAgentIds(Path file) {
    this.file = file;
  }

  @Override
  public @Nullable String idOf(String name) {
    long now = System.nanoTime();
    if (now - checkedAt > 5_000_000_000L) {
      checkedAt = now;
      refresh();
    }
    return byName.get(name);
  }

  private void refresh() {
    try {
      if (!Files.isRegularFile(file)) {
        byName = Map.of();
        return;
      }
      FileTime t = Files.getLastModifiedTime(file);
      if (t.equals(readAt)) {
        return;
      }
      Map<String, String> m = new HashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        String[] f = line.strip().split("\\s+");
        if (f.length >= 4 && !f[0].startsWith("#") && !f[1].startsWith("!")) {
          m.put(f[1], f[0]);
        }
      }
      byName = Map.copyOf(m);
      readAt = t;
    } catch (IOException e) {
      byName = Map.of();
    }
  }
}
