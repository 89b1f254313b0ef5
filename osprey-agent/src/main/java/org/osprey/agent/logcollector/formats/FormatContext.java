package org.osprey.agent.logcollector.formats;

import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What formats need besides their lines.
 *
 * @param maxLength the longest event text, in bytes; joined records are cut to it
 * @param hostname this host's short name (djb-multilog builds syslog headers with it)
 * @param clock the time source (djb-multilog stamps lines with the current time)
 * @param zones local time, asked for only when a format or pattern needs it (resolving the system zone
 *     loads java.time's zone rules, which an agent that needs no local time does without)
 * @param warn where a format reports a malformed input (an ossec.log warning)
 */
public record FormatContext(
    int maxLength, String hostname, InstantSource clock, Supplier<ZoneId> zones, Consumer<String> warn) {
  public FormatContext {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zones, "zones");
    Objects.requireNonNull(warn, "warn");
  }

  /** A context in the fixed time zone {@code zone}. */
  public FormatContext(int maxLength, String hostname, InstantSource clock, ZoneId zone, Consumer<String> warn) {
    this(maxLength, hostname, clock, () -> zone, warn);
  }

  /** Local time. */
  public ZoneId zone() {
    return zones.get();
  }
}
