package org.osprey.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.analysis.pattern.Patterns;

/** The per-location database {@code queue/syscheck/<location>} and what it makes of events. */
class SyscheckDatabaseTest {
  @TempDir Path queue;

  private static String expected(String resource) throws IOException {
    try (InputStream in = SyscheckDatabaseTest.class.getResourceAsStream("/internal/" + resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void aSequenceOfChangesLeavesOssecsLines() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      assertThat(f.syscheck("1024:33188:0:0:aa:bb:cc /etc/passwd").decoded()).isFalse();
      assertThat(f.syscheck("512:33188:0:0:dd:ee:ff /etc/hosts").decoded()).isFalse();
      Fixture.Sent first = f.syscheck("2048:33188:0:0:aa:bb:cc /etc/passwd");
      Fixture.Sent second = f.syscheck("2048:33261:0:0:aa:bb:cc /etc/passwd");
      Fixture.Sent third = f.syscheck("2048:33261:0:0:a2:bb:cc /etc/passwd");
      Fixture.Sent fourth = f.syscheck("4096:33261:0:0:a3:bb:cc /etc/passwd");
      assertThat(f.syscheck("512:33188:0:0:dd:ee:ff /etc/hosts").decoded()).isFalse();
      assertThat(f.syscheck("512:33188:0:0:xxx:ee:ff /etc/hosts").decoded()).isFalse();
      Fixture.Sent deleted = f.syscheck("-1 /etc/hosts");
      assertThat(f.syscheck("syscheck-db-completed").decoded()).isFalse();

      assertThat(first.decoder().id()).isEqualTo(Fixture.id("syscheck_integrity_changed"));
      assertThat(second.decoder().id()).isEqualTo(Fixture.id("syscheck_integrity_changed_2nd"));
      assertThat(third.decoder().id()).isEqualTo(Fixture.id("syscheck_integrity_changed_3rd"));
      assertThat(List.of(first, second, third))
          .allSatisfy(s -> assertThat(s.decoder().name()).isEqualTo("syscheck_integrity_changed"));
      assertThat(fourth.decoded()).as("auto-ignored after the third change").isFalse();
      assertThat(deleted.decoder().id()).isEqualTo(Fixture.id("syscheck_deleted"));

      assertThat(f.file("syscheck/syscheck")).isEqualTo(expected("syscheck-db-after-sequence.txt"));
      assertThat(f.file("syscheck/.syscheck.cpt")).isEqualTo("#!X");
    }
  }

  @Test
  void withoutAutoIgnoreEveryChangeAlertsAsAFirstChange() throws Exception {
    try (Fixture f = new Fixture(queue, new SyscheckSettings(false, false, List.of()))) {
      f.syscheck("1:33188:0:0:aa:bb /x");
      for (int i = 2; i <= 6; i++) {
        Fixture.Sent s = f.syscheck(i + ":33188:0:0:aa:bb /x");
        assertThat(s.decoded()).isTrue();
        assertThat(s.decoder().id()).isEqualTo(Fixture.id("syscheck_integrity_changed"));
      }
      assertThat(f.file("syscheck/syscheck").lines().toList()).containsExactly(
          "#++1:33188:0:0:aa:bb !1700000000 /x",
          "#++2:33188:0:0:aa:bb !1700000001 /x",
          "#!+3:33188:0:0:aa:bb !1700000002 /x",
          "#!!4:33188:0:0:aa:bb !1700000003 /x",
          "#!?5:33188:0:0:aa:bb !1700000004 /x",
          "!!?6:33188:0:0:aa:bb !1700000005 /x");
    }
  }

  @Test
  void sixAgainstSevenFieldsIsANewBaselineNotAChange() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      f.syscheck("1:33188:0:0:aa:bb:cc /x");
      assertThat(f.syscheck("2:33188:0:0:aa:bb:cc /x").decoded()).isTrue();
      assertThat(f.syscheck("2:33188:0:0:aa:bb /x").decoded()).isFalse();
      // The quiet update restarts the change count: the next change is a first change again.
      Fixture.Sent s = f.syscheck("2:33188:0:0:a2:bb /x");
      assertThat(s.decoder().id()).isEqualTo(Fixture.id("syscheck_integrity_changed"));
      assertThat(f.file("syscheck/syscheck").lines().toList()).containsExactly(
          "#++1:33188:0:0:aa:bb:cc !1700000000 /x",
          "#++2:33188:0:0:aa:bb:cc !1700000001 /x",
          "#++2:33188:0:0:aa:bb !1700000002 /x",
          "!++2:33188:0:0:a2:bb !1700000003 /x");
    }
  }

  @Test
  void xxxAgainstARealHashIsNotAChange() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      f.syscheck("1:33188:0:0:xxx:xxx:xxx /x");
      assertThat(f.syscheck("1:33188:0:0:aa:bb:cc /x").decoded()).isFalse();
      assertThat(f.syscheck("1:33188:0:0:aa:bb:cc /x").decoded()).isFalse();
      assertThat(f.file("syscheck/syscheck").lines().toList()).containsExactly(
          "#++1:33188:0:0:xxx:xxx:xxx !1700000000 /x",
          "+++1:33188:0:0:aa:bb:cc !1700000001 /x");
    }
  }

  @Test
  void aRestartContinuesFromTheFile() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      f.syscheck("1:33188:0:0:aa:bb /x");
      f.syscheck("2:33188:0:0:aa:bb /x");
      f.restart();
      Fixture.Sent s = f.syscheck("3:33188:0:0:aa:bb /x");
      assertThat(s.decoder().id()).isEqualTo(Fixture.id("syscheck_integrity_changed_2nd"));
      assertThat(s.event().fullLog()).contains("Size changed from '2' to '3'");
    }
  }

  @Test
  void linesWithoutTimeStampsAndCommentsAreRead() throws Exception {
    Path db = queue.resolve("syscheck/(web01) 10.0.0.2->syscheck");
    Files.createDirectories(db.getParent());
    Files.writeString(db, "# a comment\n\n+++7:33188:0:0:aa:bb /old/format\n",
        StandardCharsets.ISO_8859_1);
    try (Fixture f = new Fixture(queue)) {
      Fixture.Sent s = f.send('8', "(web01) 10.0.0.2->syscheck", "8:33188:0:0:aa:bb /old/format");
      assertThat(s.event().fullLog()).isEqualTo("Integrity checksum changed for: '/old/format'\n"
          + "Size changed from '7' to '8'\n");
      assertThat(f.file("syscheck/(web01) 10.0.0.2->syscheck")).isEqualTo(
          "# a comment\n\n#++7:33188:0:0:aa:bb /old/format\n!++8:33188:0:0:aa:bb !1700000000"
              + " /old/format\n");
    }
  }

  @Test
  void aLineTornByACrashIsTerminatedBeforeTheNextAppend() throws Exception {
    Path db = queue.resolve("syscheck/syscheck");
    Files.createDirectories(db.getParent());
    Files.writeString(db, "+++1:33188:0:0:aa:bb !1699999999 /a\n+++1:33188:0:0:a",
        StandardCharsets.ISO_8859_1);
    try (Fixture f = new Fixture(queue)) {
      assertThat(f.syscheck("1:33188:0:0:aa:bb /b").decoded()).isFalse();
      assertThat(f.file("syscheck/syscheck")).isEqualTo("+++1:33188:0:0:aa:bb !1699999999 /a\n"
          + "+++1:33188:0:0:a\n+++1:33188:0:0:aa:bb !1700000000 /b\n");
      assertThat(f.syscheck("2:33188:0:0:aa:bb /a").decoded()).isTrue();
    }
  }

  @Test
  void completionIsMarkedOnlyForADatabaseOpenedSinceStart() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      f.syscheck("syscheck-db-completed");
      assertThat(queue.resolve("syscheck/.syscheck.cpt")).doesNotExist();
      f.syscheck("1:33188:0:0:aa:bb /x");
      f.syscheck("syscheck-db-completed");
      assertThat(f.file("syscheck/.syscheck.cpt")).isEqualTo("#!X");
    }
  }

  @Test
  void ignoredFilesAreDroppedBeforeTheDatabase() throws Exception {
    SyscheckSettings s = new SyscheckSettings(true, true, List.of(
        new SyscheckIgnore.Prefix("/etc/mtab"),
        new SyscheckIgnore.Pattern(Patterns.osMatch("^/var/tmp|.swp$"))));
    try (Fixture f = new Fixture(queue, s)) {
      assertThat(f.syscheck("1:33188:0:0:aa:bb /ETC/MTAB").decoded()).isFalse();
      assertThat(f.syscheck("1:33188:0:0:aa:bb /etc/mtab.bak").decoded()).isFalse();
      assertThat(f.syscheck("1:33188:0:0:aa:bb /var/tmp/x").decoded()).isFalse();
      assertThat(f.syscheck("1:33188:0:0:aa:bb /home/a/.x.swp").decoded()).isFalse();
      assertThat(f.syscheck("1:33188:0:0:aa:bb /etc/mta").decoded()).isTrue();
      assertThat(f.file("syscheck/syscheck"))
          .isEqualTo("+++1:33188:0:0:aa:bb !1700000004 /etc/mta\n");
    }
  }

  @Test
  void invalidMessagesAndUnusableLocationsAreDropped() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      assertThat(f.syscheck("nonsense").decoded()).isFalse();
      assertThat(f.send('8', "a/b", "1:33188:0:0:aa:bb /x").decoded()).isFalse();
      assertThat(queue.resolve("syscheck")).doesNotExist();
    }
  }

  @Test
  void eachLocationHasItsOwnDatabase() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      f.send('8', "(a) 10.0.0.1->syscheck", "1:33188:0:0:aa:bb /x");
      assertThat(f.send('8', "(b) 10.0.0.2->syscheck", "2:33188:0:0:aa:bb /x").decoded())
          .isFalse();
      assertThat(f.send('8', "(a) 10.0.0.1->syscheck", "2:33188:0:0:aa:bb /x").decoded())
          .isTrue();
    }
  }
}
