package org.osprey.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.event.FileChange;

/** Rootcheck messages against {@code queue/rootcheck/<location>} (spec protocol §7). */
class RootcheckDecoderTest {
  static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";
  static final String SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  static final String ROOTKIT = "Rootkit 'Adore' detected by the presence of file '/dev/.adore'."
      + " MD5=" + MD5 + " SHA1=n/a SHA256=" + SHA256;

  @TempDir Path queue;

  @Test
  void aNewFindingIsFirstTimeSeenAndAppended() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      Fixture.Sent s = f.rootcheck(ROOTKIT);
      assertThat(s.decoded()).isTrue();
      assertThat(s.event().ftsDone()).isTrue();
      assertThat(s.decoder().name()).isEqualTo("rootcheck");
      assertThat(s.decoder().id()).isEqualTo(Fixture.id("rootcheck"));
      assertThat(s.decoder().type()).isEqualTo(DecoderType.OSSEC);
      assertThat(s.decoder().fts()).isEmpty();
      assertThat(s.event().fullLog()).isEqualTo(ROOTKIT);
      assertThat(f.file("rootcheck/rootcheck"))
          .isEqualTo("!1700000000!1700000000 " + ROOTKIT + "\n");
    }
  }

  @Test
  void aKnownFindingIsNotFirstTimeSeenAndOnlyItsLastSeenStampChanges() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      f.rootcheck("Starting rootcheck scan.");
      f.rootcheck(ROOTKIT);
      f.time = 1_700_000_500L;
      Fixture.Sent again = f.rootcheck(ROOTKIT);
      assertThat(again.decoded()).isTrue();
      assertThat(again.event().ftsDone()).isFalse();
      assertThat(f.file("rootcheck/rootcheck")).isEqualTo(
          "!1700000000!1700000000 Starting rootcheck scan.\n"
              + "!1700000500!1700000001 " + ROOTKIT + "\n");
    }
  }

  @Test
  void bareLinesOfOlderVersionsAreKnownAndLeftAlone() throws Exception {
    Path db = queue.resolve("rootcheck/(a) 10.0.0.1->rootcheck");
    Files.createDirectories(db.getParent());
    String content = "# comment\nInterface 'eth0' in promiscuous mode.\n";
    Files.writeString(db, content, StandardCharsets.ISO_8859_1);
    try (Fixture f = new Fixture(queue)) {
      Fixture.Sent s = f.send('9', "(a) 10.0.0.1->rootcheck",
          "Interface 'eth0' in promiscuous mode.");
      assertThat(s.event().ftsDone()).isFalse();
      assertThat(f.file("rootcheck/(a) 10.0.0.1->rootcheck")).isEqualTo(content);
    }
  }

  @Test
  void findingsStayKnownAcrossARestart() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      f.rootcheck(ROOTKIT);
      f.restart();
      assertThat(f.rootcheck(ROOTKIT).event().ftsDone()).isFalse();
      assertThat(f.rootcheck("Port '31337'(tcp) hidden.").event().ftsDone()).isTrue();
    }
  }

  @Test
  void fileAndHashesAreExtracted() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      Fixture.Sent s = f.rootcheck(ROOTKIT);
      assertThat(s.event().get(Field.FILENAME)).isEqualTo("/dev/.adore");
      assertThat(s.event().fileChange()).isEqualTo(FileChange.hashesAfter(MD5, null, SHA256));
    }
  }

  @Test
  void hashesOfTheWrongLengthOrNaAreNotKept() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      Fixture.Sent s = f.rootcheck("Trojaned version of file '/bin/ls' detected. MD5=abc"
          + " SHA1=n/a SHA256=n/a");
      assertThat(s.event().get(Field.FILENAME)).isEqualTo("/bin/ls");
      assertThat(s.event().fileChange()).isNull();
      Fixture.Sent none = f.rootcheck("System Audit: SSH Hardening - 3: Root can log in.");
      assertThat(none.event().get(Field.FILENAME)).isNull();
    }
  }
}
