package org.osprey.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OssecLogTest {
  // 2025-01-31 12:05:09 UTC is 13:05:09 in Paris (UTC+1 in winter).
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-01-31T12:05:09Z"));
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @TempDir Path dir;

  private OssecLog open(Path file) throws Exception {
    return new OssecLog(file, CLOCK, PARIS, new PrintStream(new ByteArrayOutputStream()));
  }

  @Test
  void writesOssecFormatInLocalTime() throws Exception {
    Path file = dir.resolve("logs/ossec.log");
    try (OssecLog log = open(file)) {
      log.daemon("ossec-remoted").warn("Duplicated counter for 'agent1'.");
      log.daemon("ossec-analysisd").info("Started (pid: 12).");
      log.daemon("ossec-maild").error("x");
      log.daemon("ossec-execd").critical("y");
      log.daemon("ossec-agentd").debug("z");
    }
    assertThat(Files.readAllLines(file))
        .containsExactly(
            "2025/01/31 13:05:09 ossec-remoted: WARN: Duplicated counter for 'agent1'.",
            "2025/01/31 13:05:09 ossec-analysisd: INFO: Started (pid: 12).",
            "2025/01/31 13:05:09 ossec-maild: ERROR: x",
            "2025/01/31 13:05:09 ossec-execd: CRITICAL: y",
            "2025/01/31 13:05:09 ossec-agentd: DEBUG: z");
  }

  @Test
  void formatPadsSingleDigitsAndKeepsOneLine() {
    assertThat(
            OssecLog.format(
                LocalDateTime.of(2026, 3, 4, 5, 6, 7), "ossec-syscheckd", LogLevel.INFO, "a\nb\r\nc"))
        .isEqualTo("2026/03/04 05:06:07 ossec-syscheckd: INFO: a b c");
  }

  @Test
  void appendsToAnExistingFile() throws Exception {
    Path file = dir.resolve("ossec.log");
    Files.writeString(file, "earlier line\n");
    try (OssecLog log = open(file)) {
      log.daemon("ossec-monitord").info("again");
    }
    assertThat(Files.readAllLines(file))
        .containsExactly("earlier line", "2025/01/31 13:05:09 ossec-monitord: INFO: again");
  }

  @Test
  void manyThreadsNeverInterleaveOrLoseALine() throws Exception {
    Path file = dir.resolve("ossec.log");
    int threads = 8;
    int perThread = 2000;
    try (OssecLog log = open(file)) {
      List<Thread> started = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        DaemonLog daemon = log.daemon("ossec-test" + t);
        started.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (int i = 0; i < perThread; i++) {
                        daemon.info("line " + i + " " + "x".repeat(i % 300));
                      }
                    }));
      }
      for (Thread t : started) {
        t.join();
      }
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(threads * perThread);
    Set<String> distinct = new HashSet<>(lines);
    assertThat(distinct).hasSize(threads * perThread);
    assertThat(lines)
        .allMatch(l -> l.matches("2025/01/31 13:05:09 ossec-test\\d: INFO: line (\\d+) x*"));
  }

  @Test
  void afterCloseLinesGoToTheFallback() throws Exception {
    ByteArrayOutputStream fallback = new ByteArrayOutputStream();
    Path file = dir.resolve("ossec.log");
    OssecLog log = new OssecLog(file, CLOCK, PARIS, new PrintStream(fallback, true, StandardCharsets.UTF_8));
    log.close();
    log.daemon("ossec-dbd").error("late");
    assertThat(Files.readString(file)).isEmpty();
    assertThat(fallback.toString(StandardCharsets.UTF_8))
        .isEqualTo("2025/01/31 13:05:09 ossec-dbd: ERROR: late\n");
  }
}
