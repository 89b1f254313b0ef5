package org.osprey.agent.logcollector.formats;

import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What formats need besides their lines.
 *
 * @param maxLength the longest event text, in bytes; joined records are cut to it
 * @param hostname this host's short name (djb-multilog builds syslog headers with it)
 * @param clock the time source (djb-multilog stamps lines with the current time)
 * @param zone local time
 * @param warn where a format reports a malformed input (an ossec.log warning)
 */
public record FormatContext(
    int maxLength, String hostname, InstantSource clock, ZoneId zone, Consumer<String> warn) {
  public FormatContext {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(warn, "warn");
  }
}
