package org.osprey.daemon;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.osprey.text.Ascii;

/**
 * Where daemons publish counters for the state file and {@code osprey control status}. A daemon registers a
 * supplier once; the supervisor reads every supplier each time it writes the state file. Thread-safe.
 */
public final class CounterBoard {
  private final Map<String, LongSupplier> counters;
  private final String prefix;

  /** An empty board. */
  public CounterBoard() {
    this(new ConcurrentHashMap<>(), "");
  }

  private CounterBoard(Map<String, LongSupplier> counters, String prefix) {
    this.counters = counters;
    this.prefix = prefix;
  }

  /** The same board, with every name published through it prefixed by {@code <daemon>.}. */
  public CounterBoard forDaemon(String daemon) {
    return new CounterBoard(counters, prefix + daemon + ".");
  }

  /**
   * Publishes (or replaces) a counter.
   *
   * @param name letters, digits, {@code _} and {@code -}, e.g. {@code events_decoded}
   */
  public void publish(String name, LongSupplier value) {
    if (!Ascii.name(name, "_-")) {
      throw new IllegalArgumentException("counter names are letters, digits, _ and -: " + name);
    }
    counters.put(prefix + name, value);
  }

  /** The current value of every counter, by full name, sorted. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counters.forEach((k, v) -> out.put(k, v.getAsLong()));
    return out;
  }
}
