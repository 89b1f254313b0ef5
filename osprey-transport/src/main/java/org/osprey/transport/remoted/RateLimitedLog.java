package org.osprey.transport.remoted;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Writes a line at most once per interval per topic (OSSEC logs such errors once a minute). */
final class RateLimitedLog {
  private final InstantSource clock;
  private final Duration every;
  private final ConcurrentHashMap<String, Instant> last = new ConcurrentHashMap<>();

  RateLimitedLog(InstantSource clock, Duration every) {
    this.clock = clock;
    this.every = every;
  }

  void log(String topic, Consumer<String> sink, String line) {
    Instant now = clock.instant();
    Instant prev = last.get(topic);
    if (prev == null || !now.isBefore(prev.plus(every))) {
      last.put(topic, now);
      sink.accept(line);
    }
  }
}
