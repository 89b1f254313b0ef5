package org.osprey.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** var/run/ossec-analysisd.state. */
class StateFileTest {
  @TempDir Path home;
  private final FakeClock clock = new FakeClock(Instant.parse("2024-01-05T10:00:00Z"));

  static StateCounters counters(long processed, long queueFull, long alertsDropped) {
    return new StateCounters(processed + 10, processed + 5, processed,
        Map.of("queue_full", queueFull, "bad_location", 2L), 40, alertsDropped, 90, 0, 3, 25, 100,
        17, 1234);
  }

  private Map<String, String> read(StateFile f) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (String l : Files.readAllLines(f.file(), StandardCharsets.US_ASCII)) {
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      assertThat(l).matches("[a-z0-9_]+='[^']*'");
      m.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 2, l.length() - 1));
    }
    return m;
  }

  @Test
  void writesOssecKeysAndOspreysCounters() throws IOException {
    StateFile f = new StateFile(home, clock, StateFile.DEFAULT_INTERVAL);
    clock.advance(Duration.ofSeconds(10));
    f.write(counters(100, 3, 1));
    assertThat(f.file()).isEqualTo(home.resolve("var/run/ossec-analysisd.state"));
    Map<String, String> m = read(f);
    assertThat(m).containsEntry("events_received", "110").containsEntry("events_decoded", "105")
        .containsEntry("events_processed", "100").containsEntry("events_dropped", "5")
        .containsEntry("events_dropped_delta", "5").containsEntry("events_dropped_queue_full", "3")
        .containsEntry("events_dropped_bad_location", "2").containsEntry("alerts_dropped", "1")
        .containsEntry("alerts_written", "40").containsEntry("archives_written", "90")
        .containsEntry("firewall_written", "3").containsEntry("rule_matching_queue_depth", "25")
        .containsEntry("rule_matching_queue_size", "100")
        .containsEntry("rule_matching_queue_usage", "0.25")
        .containsEntry("events_processed_per_second", "10.00")
        .containsEntry("correlation_events_held", "17").containsEntry("rules_loaded", "1234")
        .containsEntry("uptime_seconds", "10");
    assertThat(Files.readString(f.file())).startsWith(
        "# State file for ossec-analysisd (pipeline metrics)\n\n# Events accepted");
    assertThat(home.resolve("var/run")).isDirectoryNotContaining(
        p -> p.getFileName().toString().endsWith(".temp"));
  }

  @Test
  void deltasAndRateAreSinceTheLastWrite() throws IOException {
    StateFile f = new StateFile(home, clock, StateFile.DEFAULT_INTERVAL);
    f.write(counters(100, 3, 1));
    clock.advance(Duration.ofSeconds(4));
    f.write(counters(300, 7, 4));
    Map<String, String> m = read(f);
    assertThat(m).containsEntry("events_dropped_delta", "4")
        .containsEntry("alerts_dropped_delta", "3")
        .containsEntry("events_processed_per_second", "50.00")
        .containsEntry("uptime_seconds", "4");
  }

  @Test
  void writeIfDueWritesEveryIntervalOnly() throws IOException {
    StateFile f = new StateFile(home, clock, StateFile.DEFAULT_INTERVAL);
    AtomicInteger asked = new AtomicInteger();
    assertThat(f.writeIfDue(() -> counters(asked.incrementAndGet(), 0, 0))).isTrue();
    clock.advance(Duration.ofMillis(4999));
    assertThat(f.writeIfDue(() -> counters(asked.incrementAndGet(), 0, 0))).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(f.writeIfDue(() -> counters(asked.incrementAndGet(), 0, 0))).isTrue();
    assertThat(asked).hasValue(2);
    assertThat(read(f)).containsEntry("events_processed", "2");
  }

  @Test
  void dropReasonsMustBeKeyFriendly() {
    assertThatThrownBy(() -> new StateCounters(0, 0, 0, Map.of("bad reason", 1L), 0, 0, 0, 0, 0,
        0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad reason");
  }
}
