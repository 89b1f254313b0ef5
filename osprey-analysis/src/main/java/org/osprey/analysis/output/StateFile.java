package org.osprey.analysis.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code var/run/ossec-analysisd.state}: OSSEC 4.2+'s {@code key='value'} lines with comments, with
 * the keys of OSSEC 4.3's {@code state.c} where Osprey has the same figure, and Osprey's own
 * ({@code events_dropped_<reason>}, {@code rule_matching_queue_depth},
 * {@code correlation_events_held}, {@code rules_loaded}, {@code uptime_seconds}). The file is
 * written beside its name and renamed over it, so readers see a whole file. Deltas and the rate are
 * measured against the previous successful write.
 */
public final class StateFile {
  /** OSSEC's default {@code analysisd.state_interval}. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  private final Path file;
  private final InstantSource clock;
  private final Duration interval;
  private final Instant started;
  private Instant lastWrite;
  private boolean written;
  private long prevProcessed;
  private long prevDropped;
  private long prevAlertsDropped;
  private long prevArchivesDropped;

  /**
   * @param interval how often {@link #writeIfDue} writes
   */
  public StateFile(Path home, InstantSource clock, Duration interval) {
    this.file = home.resolve("var").resolve("run").resolve("ossec-analysisd.state");
    this.clock = clock;
    this.interval = interval;
    this.started = clock.instant();
    this.lastWrite = started;
  }

  public Path file() {
    return file;
  }

  /** Writes when {@code interval} has passed since the last write (or none was made yet). */
  public boolean writeIfDue(Supplier<StateCounters> counters) throws IOException {
    if (written && Duration.between(lastWrite, clock.instant()).compareTo(interval) < 0) {
      return false;
    }
    write(counters.get());
    return true;
  }

  /** Writes the file now. */
  public void write(StateCounters c) throws IOException {
    Instant now = clock.instant();
    String text = render(c, now);
    Path temp = file.resolveSibling(file.getFileName() + ".temp");
    FileModes.directories(file.getParent());
    try (FileChannel ch = FileChannel.open(temp, EnumSet.of(StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), FileModes.file())) {
      ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
      while (b.hasRemaining()) {
        ch.write(b);
      }
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    prevProcessed = c.eventsProcessed();
    prevDropped = c.eventsDroppedTotal();
    prevAlertsDropped = c.alertsDropped();
    prevArchivesDropped = c.archivesDropped();
    lastWrite = now;
    written = true;
  }

  /** The file's text for {@code c} at {@code now}. */
  String render(StateCounters c, Instant now) {
    double seconds = Duration.between(written ? lastWrite : started, now).toMillis() / 1000.0;
    double eps = seconds > 0 ? (c.eventsProcessed() - prevProcessed) / seconds : 0.0;
    double usage = c.queueCapacity() > 0 ? (double) c.queueDepth() / c.queueCapacity() : 0.0;
    StringBuilder b = new StringBuilder(2048);
    b.append("# State file for ossec-analysisd (pipeline metrics)\n");
    entry(b, "Events accepted from the queue socket", "events_received", c.eventsReceived());
    entry(b, "Events decoded", "events_decoded", c.eventsDecoded());
    entry(b, "Events processed (rule matching)", "events_processed", c.eventsProcessed());
    entry(b, "Events dropped", "events_dropped", c.eventsDroppedTotal());
    entry(b, "Events dropped since last state write", "events_dropped_delta",
        c.eventsDroppedTotal() - prevDropped);
    if (!c.eventsDropped().isEmpty()) {
      b.append("\n# Events dropped, by reason\n");
      for (Map.Entry<String, Long> d : c.eventsDropped().entrySet()) {
        b.append("events_dropped_").append(d.getKey()).append("='").append(d.getValue())
            .append("'\n");
      }
    }
    entry(b, "Alerts dropped", "alerts_dropped", c.alertsDropped());
    entry(b, "Alerts dropped since last state write", "alerts_dropped_delta",
        c.alertsDropped() - prevAlertsDropped);
    entry(b, "Archives dropped", "archives_dropped", c.archivesDropped());
    entry(b, "Archives dropped since last state write", "archives_dropped_delta",
        c.archivesDropped() - prevArchivesDropped);
    entry(b, "Alerts written", "alerts_written", c.alertsWritten());
    entry(b, "Archives written", "archives_written", c.archivesWritten());
    entry(b, "Firewall events written", "firewall_written", c.firewallWritten());
    b.append("\n# Rule matching queue\n");
    b.append("rule_matching_queue_usage='").append(twoDecimals(usage)).append("'\n");
    b.append("rule_matching_queue_size='").append(c.queueCapacity()).append("'\n");
    b.append("rule_matching_queue_depth='").append(c.queueDepth()).append("'\n");
    b.append("\n# Events processed per second (since last state write)\n");
    b.append("events_processed_per_second='").append(twoDecimals(eps)).append("'\n");
    entry(b, "Events held for correlation", "correlation_events_held",
        c.correlationEventsHeld());
    entry(b, "Rules loaded", "rules_loaded", c.rulesLoaded());
    entry(b, "Seconds since start", "uptime_seconds",
        Duration.between(started, now).toSeconds());
    return b.toString();
  }

  private static void entry(StringBuilder b, String comment, String key, long value) {
    b.append("\n# ").append(comment).append('\n').append(key).append("='").append(value)
        .append("'\n");
  }

  private static String twoDecimals(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
