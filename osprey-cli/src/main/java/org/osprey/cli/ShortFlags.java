package org.osprey.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Arguments written the way OSSEC's tools take them: {@code -a <value>}, {@code -l}, plus {@code --home DIR}.
 * Every word must be a known flag or the value of one.
 *
 * @param values each flag given (with its dashes), mapped to its value; a switch maps to the empty string
 */
record ShortFlags(Map<String, String> values) {

  /**
   * Parses {@code args}.
   *
   * @param valued the flags that take a value, e.g. {@code -a}, {@code --home}
   * @param switches the flags that take none, e.g. {@code -l}
   */
  static ShortFlags parse(List<String> args, Set<String> valued, Set<String> switches) throws UsageException {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (switches.contains(a)) {
        values.put(a, "");
      } else if (valued.contains(a)) {
        if (i + 1 >= args.size()) {
          throw new UsageException(a + " needs a value");
        }
        values.put(a, args.get(++i));
      } else {
        throw new UsageException("unexpected argument '" + a + "'");
      }
    }
    return new ShortFlags(values);
  }

  boolean has(String flag) {
    return values.containsKey(flag);
  }

  @Nullable String get(String flag) {
    return values.get(flag);
  }

  /** The value of {@code flag}, which must have been given. */
  String require(String flag, String why) throws UsageException {
    String v = values.get(flag);
    if (v == null) {
      throw new UsageException(flag + " is required " + why);
    }
    return v;
  }

  /** The port given with {@code flag} (1-65535), or {@code fallback} when the flag is absent. */
  int port(String flag, int fallback) throws UsageException {
    String v = values.get(flag);
    if (v == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(v);
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new UsageException("invalid port: " + v);
  }
}
