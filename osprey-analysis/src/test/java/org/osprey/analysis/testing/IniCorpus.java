package org.osprey.analysis.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OSSEC's rule test files ({@code *.ini}) read as OSSEC's runtests.py reads them with Python's
 * ConfigParser: repeated sections merge, the last value of a key wins, keys are lower-cased, values
 * stripped, {@code %%} stands for {@code %}. Each {@code log N pass|fail} key is one case.
 */
public final class IniCorpus {
  private IniCorpus() {}

  /** One test line. */
  public record Case(String file, String section, String key, String log, boolean pass,
      String rule, String level, String decoder) {
    public String id() {
      return file + " [" + section + "] " + key;
    }
  }

  public static List<Case> read(Path ini) throws IOException {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    String lastKey = null;
    for (String raw : Files.readAllLines(ini, StandardCharsets.ISO_8859_1)) {
      if (raw.isBlank() || raw.startsWith("#") || raw.startsWith(";")) {
        continue;
      }
      if (current != null && lastKey != null && Character.isWhitespace(raw.charAt(0))) {
        current.put(lastKey, current.get(lastKey) + "\n" + raw.strip());
        continue;
      }
      String line = raw.strip();
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1),
            k -> new LinkedHashMap<>());
        lastKey = null;
        continue;
      }
      int eq = indexOfSeparator(line);
      if (current == null || eq < 0) {
        continue;
      }
      lastKey = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      current.put(lastKey, line.substring(eq + 1).strip().replace("%%", "%"));
    }
    List<Case> cases = new ArrayList<>();
    String file = ini.getFileName().toString();
    for (var s : sections.entrySet()) {
      Map<String, String> kv = s.getValue();
      for (var e : kv.entrySet()) {
        String k = e.getKey();
        if (!k.startsWith("log ")) {
          continue;
        }
        boolean pass = k.endsWith("pass");
        cases.add(new Case(file, s.getKey(), k, e.getValue(), pass, kv.getOrDefault("rule", ""),
            kv.getOrDefault("alert", ""), kv.getOrDefault("decoder", "")));
      }
    }
    return cases;
  }

  private static int indexOfSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }
}
