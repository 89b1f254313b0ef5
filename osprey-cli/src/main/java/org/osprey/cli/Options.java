package org.osprey.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A command's arguments: {@code --name value} options (also {@code --name=value}) from a known set, and the
 * remaining positional words.
 *
 * @param values the options given
 * @param positional the other words, in order
 */
record Options(Map<String, String> values, List<String> positional) {

  /** Parses {@code args}, accepting only the options in {@code known} (names without dashes). */
  static Options parse(List<String> args, Set<String> known) throws UsageException {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("--")) {
        positional.add(a);
        continue;
      }
      String name = a.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("--" + name + " needs a value");
      }
      if (!known.contains(name)) {
        throw new UsageException("unknown option --" + name);
      }
      values.put(name, value);
    }
    return new Options(values, positional);
  }

  @Nullable String get(String name) {
    return values.get(name);
  }
}
