package org.osprey.agent.logcollector.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionStoreTest {
  @TempDir Path dir;

  @Test
  void savesAndReadsBackEveryKindOfPosition() throws Exception {
    Path file = dir.resolve("queue/positions/logcollector");
    PositionStore s = PositionStore.open(file, w -> { });
    assertThat(s.files()).isEmpty();
    FilePosition odd = new FilePosition("/var/log/*.log", "/var/log/we\tird\\name\n.log",
        new FileIdentity(2049, 123456789012L), 42);
    s.setFiles(List.of(odd, new FilePosition("/p", "/p", new FileIdentity(1, 2), 0)));
    s.setCursor("journald:sshd.service", "s=abc;i=1f;b=x");
    s.setDigest("command:df -P\tdf -P", "00ff");
    assertThat(s.changed()).isTrue();
    s.save();
    assertThat(s.changed()).isFalse();
    assertThat(Files.readString(file)).startsWith("# Osprey logcollector positions");

    PositionStore back = PositionStore.open(file, w -> { });
    assertThat(back.files()).containsExactly(odd, new FilePosition("/p", "/p", new FileIdentity(1, 2), 0));
    assertThat(back.cursor("journald:sshd.service")).isEqualTo("s=abc;i=1f;b=x");
    assertThat(back.digest("command:df -P\tdf -P")).isEqualTo("00ff");
    assertThat(back.cursor("other")).isNull();
  }

  @Test
  void anUnreadableLineIsReportedAndSkipped() throws Exception {
    Path file = dir.resolve("positions");
    Files.writeString(file, "file\t/p\t/p\t1\t2\t3\nfile\t/q\t/q\tx\t2\t3\nwhat\n");
    List<String> warnings = new ArrayList<>();
    PositionStore s = PositionStore.open(file, warnings::add);
    assertThat(s.files()).extracting(FilePosition::path).containsExactly("/p");
    assertThat(warnings).hasSize(2).allMatch(w -> w.contains("unreadable position skipped"));
  }

  @Test
  void savingIsAtomicAndSkippedWhenNothingChanged() throws Exception {
    Path file = dir.resolve("positions");
    PositionStore s = PositionStore.open(file, w -> { });
    s.setCursor("k", "1");
    s.save();
    long modified = Files.getLastModifiedTime(file).toMillis();
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified - 10_000));
    s.setCursor("k", "1");
    s.save();
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified - 10_000);
    assertThat(Files.exists(dir.resolve("positions.tmp"))).isFalse();
  }
}
