package org.osprey.daemon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the {@code queue.<path>.<side>.<counter>} keys of a state file into one line per queue. */
final class QueueLines {
  private static final List<String> COUNTERS =
      List.of("received", "queued", "dropped", "high_water", "rejected");

  private QueueLines() {}

  /** E.g. {@code queue/ossec/queue (in): received 10, queued 0, dropped 0, high_water 3, rejected 0}. */
  static List<String> of(StateFile state) {
    Map<String, Map<String, String>> byQueue = new LinkedHashMap<>();
    state.values().forEach((key, value) -> {
      if (!key.startsWith("queue.")) {
        return;
      }
      int last = key.lastIndexOf('.');
      int side = key.lastIndexOf('.', last - 1);
      if (side <= "queue.".length()) {
        return;
      }
      String queue = key.substring("queue.".length(), side) + " (" + key.substring(side + 1, last) + ")";
      byQueue.computeIfAbsent(queue, q -> new LinkedHashMap<>()).put(key.substring(last + 1), value);
    });
    List<String> out = new ArrayList<>();
    byQueue.forEach((queue, counters) -> {
      List<String> parts = new ArrayList<>();
      for (String c : COUNTERS) {
        parts.add(c + " " + counters.getOrDefault(c, "?"));
      }
      out.add(queue + ": " + String.join(", ", parts));
    });
    return out;
  }
}
