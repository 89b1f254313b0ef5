package org.osprey.ruleset.doc;

import java.util.ArrayList;
import java.util.List;

/** Sorted rule ids written as ranges: {@code 1-7, 500, 502-504}. */
final class IdRanges {
  private IdRanges() {}

  static String format(List<Integer> sortedIds) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < sortedIds.size()) {
      int start = sortedIds.get(i);
      int end = start;
      while (i + 1 < sortedIds.size() && sortedIds.get(i + 1) == end + 1) {
        end = sortedIds.get(++i);
      }
      parts.add(start == end ? Integer.toString(start) : start + "-" + end);
      i++;
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }
}
