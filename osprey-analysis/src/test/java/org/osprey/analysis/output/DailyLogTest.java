package org.osprey.analysis.output;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One daily log: encodings, records larger than the buffer, the stable link. */
class DailyLogTest {
  @TempDir Path home;
  private final FakeClock clock = new FakeClock(Instant.parse("2024-02-29T12:00:00Z"));
  private static final LocalDate DAY = LocalDate.of(2024, 2, 29);

  @Test
  void textLogsKeepTheEventBytes() throws IOException {
    try (DailyLog log = new DailyLog(LogKind.ARCHIVES, home, clock, 1000)) {
      log.open(DAY);
      log.append("caf\u00c3\u00a9 \u00e9 \u20ac\n");
    }
    byte[] b = Files.readAllBytes(LogKind.ARCHIVES.dailyFile(home, DAY));
    assertThat(b).containsExactly('c', 'a', 'f', 0xC3, 0xA9, ' ', 0xE9, ' ', '?', '\n');
  }

  @Test
  void jsonLogsAreUtf8() throws IOException {
    String text = "\u00e9\u20ac\uD83D\uDE00 \uD800x\n";
    try (DailyLog log = new DailyLog(LogKind.ALERTS_JSON, home, clock, 1000)) {
      log.open(DAY);
      log.append(text);
      assertThat(log.counters().bytes()).isEqualTo(2 + 3 + 4 + 1 + 1 + 1 + 1);
    }
    assertThat(Files.readString(LogKind.ALERTS_JSON.stableFile(home), UTF_8))
        .isEqualTo("\u00e9\u20ac\uD83D\uDE00 ?x\n");
  }

  @Test
  void recordsLargerThanTheBufferAreWrittenWhole() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 3 * DailyLog.BUFFER; i++) {
      big.append("line ").append(i).append('\n');
    }
    try (DailyLog log = new DailyLog(LogKind.ALERTS, home, clock, 1000)) {
      log.open(DAY);
      log.append(big);
      log.append("last\n");
      assertThat(log.counters().lines()).isEqualTo(big.chars().filter(c -> c == '\n').count() + 1);
    }
    assertThat(Files.readString(LogKind.ALERTS.dailyFile(home, DAY), ISO_8859_1))
        .isEqualTo(big + "last\n");
  }

  @Test
  void aStableNameLeftAsAPlainFileIsReplacedByTheLink() throws IOException {
    Path stable = LogKind.FIREWALL.stableFile(home);
    Files.createDirectories(stable.getParent());
    Files.writeString(stable, "old");
    try (DailyLog log = new DailyLog(LogKind.FIREWALL, home, clock, 0)) {
      log.open(DAY);
      log.open(DAY);
      log.append("x\n");
      assertThat(log.file()).isEqualTo(home.resolve("logs/firewall/2024/Feb/ossec-firewall-29.log"));
    }
    assertThat(Files.isSameFile(stable, LogKind.FIREWALL.dailyFile(home, DAY))).isTrue();
    assertThat(Files.readString(stable)).isEqualTo("x\n");
    assertThat(stable.getParent()).isDirectoryNotContaining(
        p -> p.getFileName().toString().startsWith("."));
  }

  @Test
  void appendingBeforeOpeningIsAnError() {
    DailyLog log = new DailyLog(LogKind.ALERTS, home, clock, 0);
    assertThatThrownBy(() -> log.append("x\n")).isInstanceOf(IllegalStateException.class);
  }
}
