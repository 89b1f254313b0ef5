package org.osprey.analysis.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compliance tags rootcheck puts in its messages, {@code {PCI_DSS: 2.2.4, 2.2.5}}, read as
 * Wazuh reads them for alerts of group {@code rootcheck}: in the first 1023 bytes of full_log, at
 * most ten tags {@code {KEY: values}} with KEY of {@code [A-Za-z0-9_]}, values of
 * {@code [A-Za-z0-9_., ]}; the key lower-cased, the values split on commas and trimmed.
 */
final class RootcheckTags {
  static final int SCAN_LIMIT = 1023;
  static final int MAX_TAGS = 10;

  private RootcheckTags() {}

  /** The tags of {@code fullLog} by key, in order; repeated keys collect their values together. */
  static Map<String, List<String>> parse(String fullLog) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    int end = Math.min(fullLog.length(), SCAN_LIMIT);
    int found = 0;
    int i = fullLog.indexOf('{');
    while (i >= 0 && i < end && found < MAX_TAGS) {
      int close = match(fullLog, i, end);
      if (close < 0) {
        i = fullLog.indexOf('{', i + 1);
        continue;
      }
      found++;
      int colon = fullLog.indexOf(':', i);
      String key = fullLog.substring(i + 1, colon).toLowerCase(Locale.ROOT);
      if (!key.isEmpty()) {
        List<String> values = tags.computeIfAbsent(key, k -> new ArrayList<>());
        for (String v : fullLog.substring(colon + 1, close).split(",")) {
          if (!v.isEmpty()) {
            values.add(v.strip());
          }
        }
      }
      i = fullLog.indexOf('{', close + 1);
    }
    return tags;
  }

  /** The index of the closing brace of a tag opening at {@code open}, or -1. */
  private static int match(String s, int open, int end) {
    int i = open + 1;
    while (i < end && keyChar(s.charAt(i))) {
      i++;
    }
    if (i + 1 >= end || s.charAt(i) != ':' || s.charAt(i + 1) != ' ') {
      return -1;
    }
    i += 2;
    while (i < end && (keyChar(s.charAt(i)) || "., ".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return i < end && s.charAt(i) == '}' ? i : -1;
  }

  private static boolean keyChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }
}
