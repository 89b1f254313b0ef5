package org.osprey.analysis.engine;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/**
 * One sid or group list of remembered events, oldest first, with a count of its events per source
 * IP. Most frequency rules want {@code same_source_ip}; when fewer events of the new event's source
 * IP are held than the rule needs, the list need not be walked at all. Driven by the in-order pass
 * only, like the rest of {@link EngineState}; an event's fields no longer change once it is
 * remembered, so its source IP is counted when it comes and when it goes.
 */
final class CorrelationList {
  private final ArrayDeque<Event> events = new ArrayDeque<>();
  private final Map<String, int[]> bySrcip = new HashMap<>();

  int size() {
    return events.size();
  }

  @Nullable Event newest() {
    return events.peekLast();
  }

  /** Newest first. */
  Iterator<Event> newestFirst() {
    return events.descendingIterator();
  }

  /** How many held events have source IP {@code srcip}. */
  int countFrom(String srcip) {
    int[] n = bySrcip.get(srcip);
    return n == null ? 0 : n[0];
  }

  void addNewest(Event e) {
    events.addLast(e);
    String ip = e.get(Field.SRCIP);
    if (ip != null) {
      bySrcip.computeIfAbsent(ip, k -> new int[1])[0]++;
    }
  }

  void removeOldest() {
    Event e = events.pollFirst();
    if (e != null) {
      forget(e);
    }
  }

  void remove(Event e) {
    if (events.remove(e)) {
      forget(e);
    }
  }

  private void forget(Event e) {
    String ip = e.get(Field.SRCIP);
    if (ip != null) {
      int[] n = bySrcip.get(ip);
      if (n != null && --n[0] == 0) {
        bySrcip.remove(ip);
      }
    }
  }
}
