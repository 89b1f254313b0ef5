package org.osprey.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.event.FileChange;

/** The full logs syscheck events get, one golden text per kind of change (spec protocol §6.3). */
class SyscheckAlertTextTest {
  static final String MD5_A = "d41d8cd98f00b204e9800998ecf8427e";
  static final String MD5_B = "0cc175b9c0f1b6a831c399e269772661";
  static final String SHA1_A = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
  static final String SHA1_B = "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8";
  static final String SHA256_A = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  static final String SHA256_B = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";

  /** A 7-field checksum of /etc/passwd's usual attributes. */
  static final String BASE = sum("1024", "33188", "0", "0", MD5_A, SHA1_A, SHA256_A);

  @TempDir Path queue;
  Fixture f;

  @BeforeEach
  void open() {
    f = new Fixture(queue);
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  static String sum(String... fields) {
    return String.join(":", fields);
  }

  /** Sends the baseline, then {@code changed}; returns the second event's full log. */
  private String change(String before, String after) {
    assertThat(f.syscheck(before + " /etc/passwd").decoded()).isFalse();
    Fixture.Sent s = f.syscheck(after + " /etc/passwd");
    assertThat(s.decoded()).isTrue();
    return s.event().fullLog();
  }

  @Test
  void sizeChange() {
    assertThat(change(BASE, sum("2048", "33188", "0", "0", MD5_A, SHA1_A, SHA256_A)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Size changed from '1024' to '2048'\n");
  }

  @Test
  void permissionChange() {
    assertThat(change(BASE, sum("1024", "33261", "0", "0", MD5_A, SHA1_A, SHA256_A)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Permissions changed from 'rw-r--r--' to 'rwxr-xr-x'\n");
  }

  @Test
  void setuidBitShowsAnS() {
    // 0100755 -> 0104755
    assertThat(change(sum("10", "33261", "0", "0", MD5_A, SHA1_A, SHA256_A),
        sum("10", "35309", "0", "0", MD5_A, SHA1_A, SHA256_A)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Permissions changed from 'rwxr-xr-x' to 'rwsr-xr-x'\n");
  }

  @Test
  void stickyBitShowsAT() {
    // directory 040755 -> 041777
    assertThat(change(sum("4096", "16877", "0", "0", MD5_A, SHA1_A, SHA256_A),
        sum("4096", "17407", "0", "0", MD5_A, SHA1_A, SHA256_A)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Permissions changed from 'rwxr-xr-x' to 'rwxrwxrwt'\n");
  }

  @Test
  void ownerChange() {
    assertThat(change(BASE, sum("1024", "33188", "1000", "0", MD5_A, SHA1_A, SHA256_A)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Ownership was '0', now it is '1000'\n");
  }

  @Test
  void groupChange() {
    assertThat(change(BASE, sum("1024", "33188", "0", "42", MD5_A, SHA1_A, SHA256_A)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Group ownership was '0', now it is '42'\n");
  }

  @Test
  void md5Change() {
    assertThat(change(BASE, sum("1024", "33188", "0", "0", MD5_B, SHA1_A, SHA256_A)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Old md5sum was: '" + MD5_A + "'\nNew md5sum is : '" + MD5_B + "'\n");
  }

  @Test
  void sha1Change() {
    assertThat(change(BASE, sum("1024", "33188", "0", "0", MD5_A, SHA1_B, SHA256_A)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Old sha1sum was: '" + SHA1_A + "'\nNew sha1sum is : '" + SHA1_B + "'\n");
  }

  @Test
  void sha256Change() {
    assertThat(change(BASE, sum("1024", "33188", "0", "0", MD5_A, SHA1_A, SHA256_B)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Old sha256sum was: '" + SHA256_A + "'\nNew sha256sum is : '" + SHA256_B + "'\n");
  }

  @Test
  void everythingAtOnceInOssecsOrder() {
    Fixture.Sent s;
    f.syscheck(BASE + " /etc/passwd");
    s = f.syscheck(sum("2048", "35309", "1000", "42", MD5_B, SHA1_B, SHA256_B) + " /etc/passwd");
    assertThat(s.event().fullLog()).isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
        + "Size changed from '1024' to '2048'\n"
        + "Permissions changed from 'rw-r--r--' to 'rwsr-xr-x'\n"
        + "Ownership was '0', now it is '1000'\n"
        + "Group ownership was '0', now it is '42'\n"
        + "Old md5sum was: '" + MD5_A + "'\nNew md5sum is : '" + MD5_B + "'\n"
        + "Old sha1sum was: '" + SHA1_A + "'\nNew sha1sum is : '" + SHA1_B + "'\n"
        + "Old sha256sum was: '" + SHA256_A + "'\nNew sha256sum is : '" + SHA256_B + "'\n");
    assertThat(s.event().log()).isEqualTo(s.event().fullLog());
    assertThat(s.event().fileChange()).isEqualTo(new FileChange("1024", "2048", 33188, 35309, "0",
        "1000", "0", "42", MD5_A, MD5_B, SHA1_A, SHA1_B, SHA256_A, SHA256_B));
    assertThat(s.event().get(Field.FILENAME)).isEqualTo("/etc/passwd");
    assertThat(s.decoder().name()).isEqualTo("syscheck_integrity_changed");
    assertThat(s.decoder().id()).isEqualTo(Fixture.id("syscheck_integrity_changed"));
    assertThat(s.decoder().type()).isEqualTo(DecoderType.OSSEC);
  }

  @Test
  void onlyTheChangedAttributesAreRecorded() {
    f.syscheck(BASE + " /etc/passwd");
    Fixture.Sent s = f.syscheck(
        sum("2048", "33188", "0", "0", MD5_B, SHA1_A, SHA256_A) + " /etc/passwd");
    assertThat(s.event().fileChange()).isEqualTo(new FileChange("1024", "2048", 0, 0, null, null,
        null, null, MD5_A, MD5_B, null, null, null, null));
  }

  @Test
  void newFileWithAlertNewFiles() throws Exception {
    f.close();
    f = new Fixture(queue, new SyscheckSettings(true, true, List.of()));
    Fixture.Sent s = f.syscheck(BASE + " /etc/new");
    assertThat(s.decoded()).isTrue();
    assertThat(s.event().fullLog()).isEqualTo(
        "New file '/etc/new' added to the file system.\n"
            + "New sha1sum is : '" + SHA1_A + "'\n"
            + "New md5sum is : '" + MD5_A + "'\n"
            + "New sha256sum is : '" + SHA256_A + "'\n");
    assertThat(s.decoder().name()).isEqualTo("syscheck_integrity_changed");
    assertThat(s.decoder().id()).isEqualTo(Fixture.id("syscheck_new_entry"));
    assertThat(s.event().fileChange()).isEqualTo(FileChange.hashesAfter(MD5_A, SHA1_A, SHA256_A));
  }

  @Test
  void newFileWithSixFieldsHasNoSha256Line() throws Exception {
    f.close();
    f = new Fixture(queue, new SyscheckSettings(true, true, List.of()));
    assertThat(f.syscheck(sum("5", "33188", "0", "0", MD5_A, SHA1_A) + " /etc/six")
        .event().fullLog()).isEqualTo("New file '/etc/six' added to the file system.\n"
            + "New sha1sum is : '" + SHA1_A + "'\n"
            + "New md5sum is : '" + MD5_A + "'\n");
  }

  @Test
  void newFileIsSilentWithoutAlertNewFiles() {
    assertThat(f.syscheck(BASE + " /etc/new").decoded()).isFalse();
  }

  @Test
  void deletedThenReadded() {
    f.syscheck(BASE + " /etc/passwd");
    Fixture.Sent gone = f.syscheck("-1 /etc/passwd");
    assertThat(gone.event().fullLog())
        .isEqualTo("File '/etc/passwd' was deleted. Unable to retrieve checksum.");
    assertThat(gone.decoder().name()).isEqualTo("syscheck_integrity_changed");
    assertThat(gone.decoder().id()).isEqualTo(Fixture.id("syscheck_deleted"));
    Fixture.Sent back = f.syscheck(BASE + " /etc/passwd");
    assertThat(back.event().fullLog()).isEqualTo("File '/etc/passwd' was re-added.");
    assertThat(back.decoder().id()).isEqualTo(Fixture.id("syscheck_new_entry"));
  }

  @Test
  void reportChangesDiffFollowsWhatChangedWithItsLineBreaks() {
    f.syscheck(BASE + " /etc/passwd");
    Fixture.Sent s = f.syscheck(sum("1030", "33188", "0", "0", MD5_B, SHA1_A, SHA256_A)
        + " /etc/passwd\n1c1\n< root:x:0:0\r\n---\n> root:y:0:0");
    assertThat(s.event().fullLog()).isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
        + "Size changed from '1024' to '1030'\n"
        + "Old md5sum was: '" + MD5_A + "'\nNew md5sum is : '" + MD5_B + "'\n"
        + "What changed:\n1c1\n< root:x:0:0\n---\n> root:y:0:0");
    assertThat(s.event().get(Field.FILENAME)).isEqualTo("/etc/passwd");
  }

  @Test
  void placeholderHashesAreNotReportedBesideARealChange() {
    f.syscheck(sum("1024", "33188", "0", "0", "xxx", SHA1_A, SHA256_A) + " /etc/passwd");
    Fixture.Sent s = f.syscheck(
        sum("4096", "33188", "0", "0", MD5_B, SHA1_A, SHA256_A) + " /etc/passwd");
    assertThat(s.event().fullLog()).isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
        + "Size changed from '1024' to '4096'\n");
  }

  @Test
  void sevenAgainstSixFieldsComparesSha1WithTheRestOfTheLongerSum() {
    // OSSEC splits a field off only while both sums have one left: the 7-field side keeps
    // "sha1:sha256" together, which then differs from the 6-field side's sha1.
    f.syscheck(BASE + " /etc/passwd");
    Fixture.Sent s = f.syscheck(sum("2048", "33188", "0", "0", MD5_A, SHA1_A) + " /etc/passwd");
    assertThat(s.event().fullLog()).isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
        + "Size changed from '1024' to '2048'\n"
        + "Old sha1sum was: '" + SHA1_A + ":" + SHA256_A + "'\nNew sha1sum is : '" + SHA1_A
        + "'\n");
  }

  @Test
  void nonNumericPermissionsAreNotReported() {
    // Windows agents send an owner SID and no usable mode.
    assertThat(change(sum("10", "abc", "S-1-5-32-544", "0", MD5_A, SHA1_A),
        sum("11", "def", "S-1-5-18", "0", MD5_A, SHA1_A)))
        .isEqualTo("Integrity checksum changed for: '/etc/passwd'\n"
            + "Size changed from '10' to '11'\n"
            + "Ownership was 'S-1-5-32-544', now it is 'S-1-5-18'\n");
  }

  @Test
  void longFileNamesAreCutAt756Characters() {
    String name = "/" + "a".repeat(800);
    f.syscheck(BASE + " " + name);
    Fixture.Sent s = f.syscheck("-1 " + name);
    assertThat(s.event().fullLog()).isEqualTo(
        "File '" + name.substring(0, 756) + "' was deleted. Unable to retrieve checksum.");
    assertThat(s.event().get(Field.FILENAME)).isEqualTo(name);
  }
}
