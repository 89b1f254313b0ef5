package org.osprey.agent.logcollector.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.agent.logcollector.formats.FormatContext;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.agent.logcollector.testing.QueueSink;
import org.osprey.agent.logcollector.testing.TestLog;
import org.osprey.config.LogFormat;

/** The file collector on real files: appends, rotations, truncations, new files and restarts. */
class FileCollectorTest {
  private static final String NOTICES = FileCollector.NOTICE_LOCATION;

  @TempDir Path dir;
  private QueueSink sink;
  private TestLog log;
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-05T10:00:00Z"));
  private final InstantSource clock = () -> now.get();
  private final List<FileCollector> running = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    sink = new QueueSink();
    log = new TestLog(dir.resolve("ossec.log"));
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    running.forEach(FileCollector::stop);
    sink.close();
  }

  private FileCollector.Settings settings(boolean notify, int maxLine) {
    return new FileCollector.Settings(Duration.ofMillis(300), 3, 10_000, maxLine,
        Duration.ofMillis(50), Duration.ofMillis(300), Duration.ofMillis(50),
        Duration.ofMillis(100), notify);
  }

  private FileCollector start(List<FileTarget> targets) throws IOException {
    return start(targets, settings(true, 5887));
  }

  private FileCollector start(List<FileTarget> targets, FileCollector.Settings s) throws IOException {
    PositionStore positions = PositionStore.open(dir.resolve("positions"), w -> { });
    FileCollector c = new FileCollector(targets, s, positions, sink.writer(), log.daemon(), clock,
        new FormatContext(s.maxLineLength(), "host", clock, ZoneOffset.UTC, log.daemon()::warn));
    c.start();
    running.add(c);
    return c;
  }

  private void stop(FileCollector c) {
    c.stop();
    running.remove(c);
  }

  private static FileTarget syslog(Path p) {
    return new FileTarget(p.toString(), LogFormat.SYSLOG, 0, Map.of(), false);
  }

  private static void append(Path p, String text) throws IOException {
    append(p, text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static void append(Path p, byte[] bytes) throws IOException {
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      ch.write(java.nio.ByteBuffer.wrap(bytes));
    }
  }

  private static List<String> lines(String prefix, int from, int to) {
    List<String> l = new ArrayList<>();
    for (int i = from; i < to; i++) {
      l.add(prefix + i);
    }
    return l;
  }

  private static String text(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void aFileThereAtTheFirstStartIsReadFromItsEndThenEveryAppendedLineIsSent() throws Exception {
    Path f = dir.resolve("messages");
    append(f, "old 1\nold 2\n");
    start(List.of(syslog(f)));
    append(f, "Jan  1 00:00:00 host sshd[1]: new 1\nnew 2\nhalf");
    assertThat(sink.awaitTexts(f.toString(), 2))
        .containsExactly("Jan  1 00:00:00 host sshd[1]: new 1", "new 2");
    append(f, " done\n");
    assertThat(sink.awaitTexts(f.toString(), 3)).last().isEqualTo("half done");
    assertThat(sink.wires().getFirst()).isEqualTo("1:" + f + ":Jan  1 00:00:00 host sshd[1]: new 1");
    assertThat(log.text()).contains("Analyzing file: '" + f + "'.");
  }

  @Test
  void filesThatAppearLaterAreReadFromTheirStart() throws Exception {
    Path plain = dir.resolve("later.log");
    Path logs = Files.createDirectory(dir.resolve("app"));
    start(List.of(syslog(plain),
        new FileTarget(logs + "/*.log", LogFormat.SYSLOG, 0, Map.of(), false)));
    append(plain, "first\n");
    append(logs.resolve("a.log"), "a1\na2\n");
    assertThat(sink.awaitTexts(plain.toString(), 1)).containsExactly("first");
    assertThat(sink.awaitTexts(logs.resolve("a.log").toString(), 2)).containsExactly("a1", "a2");
    append(logs.resolve("b.log"), "b1\n");
    assertThat(sink.awaitTexts(logs.resolve("b.log").toString(), 1)).containsExactly("b1");
  }

  @Test
  void renameThenCreateRotationLosesNothingAndSaysSo() throws Exception {
    Path f = dir.resolve("app.log");
    append(f, "");
    start(List.of(syslog(f)));
    append(f, text(lines("a", 0, 50)));
    sink.awaitTexts(f.toString(), 50);
    append(f, text(lines("a", 50, 60)));
    Files.move(f, dir.resolve("app.log.1"));
    // A writer that has not reopened yet still writes to the old file.
    append(dir.resolve("app.log.1"), text(lines("a", 60, 70)));
    append(f, text(lines("b", 0, 30)));
    List<String> got = sink.awaitTexts(f.toString(), 100);
    List<String> expected = new ArrayList<>(lines("a", 0, 70));
    expected.addAll(lines("b", 0, 30));
    assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(got.subList(70, 100)).isEqualTo(lines("b", 0, 30)); // the new file in order
    assertThat(sink.texts(NOTICES)).containsExactly("ossec: File rotated (inode changed): '" + f + "'.");
    sink.assertNoMore(f.toString(), 100, Duration.ofMillis(400));
  }

  @Test
  void copyTruncateIsSeenAndTheFileReadAgainFromItsStart() throws Exception {
    Path f = dir.resolve("app.log");
    append(f, "");
    start(List.of(syslog(f)));
    append(f, text(lines("x", 0, 20)));
    sink.awaitTexts(f.toString(), 20);
    Files.copy(f, dir.resolve("app.log.1"), StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
      ch.truncate(0);
    }
    sink.await(all -> !sink.texts(NOTICES).isEmpty());
    append(f, "after 1\nafter 2\n");
    assertThat(sink.awaitTexts(f.toString(), 22).subList(20, 22)).containsExactly("after 1", "after 2");
    assertThat(sink.texts(NOTICES)).containsExactly(
        "ossec: File size reduced (inode remained): '" + f + "'.");
    sink.assertNoMore(f.toString(), 22, Duration.ofMillis(300));
  }

  @Test
  void aRestartResumesExactlyWhereTheLastRunStopped() throws Exception {
    Path f = dir.resolve("app.log");
    append(f, "before the first start\n");
    FileCollector first = start(List.of(syslog(f)));
    append(f, "one\ntwo\n");
    sink.awaitTexts(f.toString(), 2);
    stop(first);
    append(f, "three\nfour\n");
    start(List.of(syslog(f)));
    append(f, "five\n");
    assertThat(sink.awaitTexts(f.toString(), 5)).containsExactly("one", "two", "three", "four", "five");
    sink.assertNoMore(f.toString(), 5, Duration.ofMillis(200));
  }

  @Test
  void aFileRotatedWhileStoppedIsFoundByItsIdentityAndReadToItsEnd() throws Exception {
    Path f = dir.resolve("app.log");
    append(f, "");
    FileCollector first = start(List.of(syslog(f)));
    append(f, "one\n");
    sink.awaitTexts(f.toString(), 1);
    stop(first);
    append(f, "two\n");
    Files.move(f, dir.resolve("app.log.1"));
    append(f, "three\n");
    start(List.of(syslog(f)));
    assertThat(sink.awaitTexts(f.toString(), 3)).containsExactlyInAnyOrder("one", "two", "three");
    assertThat(log.text()).contains("rotated to '" + dir.resolve("app.log.1") + "'");
    sink.assertNoMore(f.toString(), 3, Duration.ofMillis(200));
  }

  @Test
  void aRotationNotYetSeenAtStopIsReadWholeByTheNextRun() throws Exception {
    Path f = dir.resolve("app.log");
    append(f, "");
    FileCollector.Settings blind = new FileCollector.Settings(Duration.ofSeconds(30), 3, 10_000,
        5887, Duration.ofMillis(50), Duration.ofMillis(300), Duration.ofSeconds(30),
        Duration.ofMillis(100), false);
    FileCollector first = start(List.of(syslog(f)), blind);
    Files.move(f, dir.resolve("app.log.1"));
    append(dir.resolve("app.log.1"), "old\n");
    append(f, "new 1\n");
    stop(first); // it has not looked at the files since it started
    Files.move(f, dir.resolve("app.log.2"));
    append(f, "newer\n");
    start(List.of(syslog(f)));
    assertThat(sink.awaitTexts(f.toString(), 3)).containsExactlyInAnyOrder("old", "new 1", "newer");
    sink.assertNoMore(f.toString(), 3, Duration.ofMillis(200));
  }

  @Test
  void onlyFutureEventsSkipsWhatWasWrittenWhileStopped() throws Exception {
    Path f = dir.resolve("app.log");
    append(f, "");
    FileTarget t = new FileTarget(f.toString(), LogFormat.SYSLOG, 0, Map.of(), true);
    FileCollector first = start(List.of(t));
    append(f, "one\n");
    sink.awaitTexts(f.toString(), 1);
    stop(first);
    append(f, "missed\n");
    start(List.of(t));
    append(f, "two\n");
    assertThat(sink.awaitTexts(f.toString(), 2)).containsExactly("one", "two");
  }

  @Test
  void aRecordHeldAcrossARestartIsRebuiltWholeAndSentOnce() throws Exception {
    Path f = dir.resolve("multi.log");
    append(f, "");
    FileTarget t = new FileTarget(f.toString(), LogFormat.MULTI_LINE, 3, Map.of(), false);
    FileCollector first = start(List.of(t));
    append(f, "a\nb\nc\nd\ne\n");
    sink.awaitTexts(f.toString(), 1);
    stop(first);
    start(List.of(t));
    append(f, "f\n");
    assertThat(sink.awaitTexts(f.toString(), 2)).containsExactly("a b c", "d e f");
    sink.assertNoMore(f.toString(), 2, Duration.ofMillis(200));
  }

  @Test
  void aQuietFileEndsTheRecordOfAnEndOfDataFormat() throws Exception {
    Path f = dir.resolve("audit.log");
    append(f, "");
    start(List.of(new FileTarget(f.toString(), LogFormat.AUDIT, 0, Map.of(), false)));
    append(f, "type=SYSCALL msg=audit(1.0:1): a=1\n");
    append(f, "type=PATH msg=audit(1.0:1): b=2\n");
    assertThat(sink.awaitTexts(f.toString(), 1))
        .containsExactly("type=SYSCALL msg=audit(1.0:1): a=1 type=PATH msg=audit(1.0:1): b=2");
  }

  @Test
  void longLinesAreCutAndReportedAndBytesPassThroughUnchanged() throws Exception {
    Path f = dir.resolve("app.log");
    append(f, "");
    start(List.of(syslog(f)), settings(true, 256));
    byte[] odd = {(byte) 0xff, (byte) 0xc3, 0x28, (byte) 0xe9, 0, 'x', '\n'};
    append(f, odd);
    append(f, "y".repeat(1000) + "\nshort\n");
    List<String> got = sink.awaitTexts(f.toString(), 3);
    assertThat(got.get(0)).isEqualTo("\u00ff\u00c3(\u00e9 x"); // NUL becomes a space, as in OSSEC
    assertThat(got.get(1)).isEqualTo("y".repeat(256));
    assertThat(got.get(2)).isEqualTo("short");
    assertThat(log.text()).contains("Large message size (length=1000) in '" + f + "', cut to 256 bytes");
  }

  @Test
  void aFileRenamedWithinItsPatternIsNotReadTwice() throws Exception {
    Path logs = Files.createDirectory(dir.resolve("logs"));
    Path a = logs.resolve("a.log");
    append(a, "");
    start(List.of(new FileTarget(logs + "/*.log", LogFormat.SYSLOG, 0, Map.of(), false)));
    append(a, "one\ntwo\n");
    sink.awaitTexts(a.toString(), 2);
    Path b = logs.resolve("b.log");
    Files.move(a, b);
    append(b, "three\n");
    assertThat(sink.awaitTexts(b.toString(), 1)).containsExactly("three");
    sink.assertNoMore(b.toString(), 1, Duration.ofMillis(700));
  }

  @Test
  void withoutNotificationFilesArePolled() throws Exception {
    Path f = dir.resolve("polled.log");
    append(f, "");
    start(List.of(syslog(f)), settings(false, 5887));
    append(f, "polled 1\n");
    assertThat(sink.awaitTexts(f.toString(), 1)).containsExactly("polled 1");
  }

  @Test
  void aStrftimeLocationMovesToTheNewDaysFile() throws Exception {
    Path today = dir.resolve("app-20260305.log");
    Path tomorrow = dir.resolve("app-20260306.log");
    append(today, "");
    start(List.of(new FileTarget(dir + "/app-%Y%m%d.log", LogFormat.SYSLOG, 0, Map.of(), false)));
    append(today, "day one\n");
    sink.awaitTexts(today.toString(), 1);
    now.set(Instant.parse("2026-03-06T00:00:01Z"));
    append(tomorrow, "day two\n");
    append(today, "late line of day one\n");
    assertThat(sink.awaitTexts(tomorrow.toString(), 1)).containsExactly("day two");
    assertThat(sink.awaitTexts(today.toString(), 2)).containsExactly("day one", "late line of day one");
  }
}
