package org.osprey.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFollowerTest {
  @TempDir Path dir;

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void append(Path p, String s) throws Exception {
    Files.writeString(p, s, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Test
  void waitsForTheFileThenReadsItFromTheStart() throws Exception {
    Path alerts = dir.resolve("alerts.log");
    FileFollower f = new FileFollower(alerts, true);
    assertThat(f.poll()).isEmpty();
    append(alerts, "** Alert 1\n");
    assertThat(text(f.poll())).isEqualTo("** Alert 1\n");
    assertThat(f.poll()).isEmpty();
  }

  @Test
  void fromEndSkipsWhatWasThere() throws Exception {
    Path alerts = dir.resolve("alerts.log");
    append(alerts, "old\n");
    FileFollower f = new FileFollower(alerts, true);
    append(alerts, "new\n");
    assertThat(text(f.poll())).isEqualTo("new\n");
    assertThat(text(new FileFollower(alerts, false).poll())).isEqualTo("old\nnew\n");
  }

  @Test
  void holdsBackAnUnfinishedLine() throws Exception {
    Path alerts = dir.resolve("alerts.log");
    FileFollower f = new FileFollower(alerts, true);
    append(alerts, "first\nsec");
    assertThat(text(f.poll())).isEqualTo("first\n");
    append(alerts, "ond\n");
    assertThat(text(f.poll())).isEqualTo("second\n");
  }

  @Test
  void followsAReplacedOrTruncatedFile() throws Exception {
    Path alerts = dir.resolve("alerts.log");
    append(alerts, "day one\n");
    FileFollower f = new FileFollower(alerts, false);
    assertThat(text(f.poll())).isEqualTo("day one\n");
    Path next = dir.resolve("next.log");
    Files.writeString(next, "day two\n");
    Files.move(next, alerts, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(text(f.poll())).isEqualTo("day two\n");
    Files.writeString(alerts, "x\n"); // truncated in place, then one short line
    assertThat(text(f.poll())).isEqualTo("x\n");
  }
}
