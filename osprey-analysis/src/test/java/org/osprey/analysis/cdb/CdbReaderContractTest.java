package org.osprey.analysis.cdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader or a CdbFormatException naming the file and an offset — nothing else, for any bytes. */
class CdbReaderContractTest {

  @TempDir Path dir;

  @Property(tries = 1000)
  void randomBytesGiveAReaderOrAFormatError(@ForAll("garbage") byte[] bytes, @ForAll byte[] key) {
    assertContract(bytes, key);
  }

  @Property(tries = 1000)
  void everyTruncationOfAValidFileIsRefused(@ForAll @IntRange(min = 0, max = 2262) int length)
      throws IOException {
    byte[] cut = Arrays.copyOf(CdbGoldenTest.golden(), length);
    assertThatThrownBy(() -> CdbReader.of(cut, "cut.cdb"))
        .isInstanceOf(CdbFormatException.class)
        .hasMessageStartingWith("cut.cdb: offset ")
        .satisfies(e -> assertThat(((CdbFormatException) e).offset()).isBetween(0L, (long) length));
  }

  @Property(tries = 2000)
  void mutatedValidFileGivesAReaderOrAFormatError(
      @ForAll @IntRange(min = 0, max = 2262) int at,
      @ForAll byte[] replacement,
      @ForAll byte[] key) throws IOException {
    byte[] bytes = CdbGoldenTest.golden();
    for (int i = 0; i < replacement.length && at + i < bytes.length; i++) {
      bytes[at + i] = replacement[i];
    }
    assertContract(bytes, key);
    assertContract(bytes, "root".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  private static void assertContract(byte[] bytes, byte[] key) {
    CdbReader r;
    try {
      r = CdbReader.of(bytes, "fuzz.cdb");
    } catch (CdbFormatException e) {
      assertThat(e.file()).isEqualTo("fuzz.cdb");
      assertThat(e.getMessage()).startsWith("fuzz.cdb: offset " + e.offset() + ": ");
      assertThat(e.offset()).isBetween(0L, (long) bytes.length);
      return;
    }
    // An accepted file answers every lookup without an exception.
    byte[] value = r.get(key);
    assertThat(r.contains(key)).isEqualTo(value != null);
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    Arbitrary<byte[]> small = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    // A plausible header: small table positions and sizes, so the checks past the header are reached.
    Arbitrary<byte[]> headerish = Arbitraries.integers().between(0, 300).list().ofSize(512)
        .flatMap(ints -> Arbitraries.bytes().array(byte[].class).ofMaxSize(1000).map(tail -> {
          ByteBuffer b = ByteBuffer.allocate(2048 + tail.length).order(ByteOrder.LITTLE_ENDIAN);
          for (int i = 0; i < 512; i++) {
            b.putInt(i % 2 == 0 ? 2048 + ints.get(i) : ints.get(i) % 4);
          }
          b.put(tail);
          return b.array();
        }));
    return Arbitraries.oneOf(small, headerish);
  }

  @Test
  void aShortFileNamesItselfAndItsSize() throws IOException {
    Path file = dir.resolve("short.cdb");
    Files.write(file, new byte[100]);
    assertThatThrownBy(() -> CdbReader.open(file))
        .isInstanceOf(CdbFormatException.class)
        .hasMessage(file + ": offset 100: file is shorter than the 2048-byte header");
  }

  @Test
  void aTablePastTheEndIsReportedAtItsHeaderEntry() {
    ByteBuffer b = ByteBuffer.allocate(2048).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(7 * 8, 2048).putInt(7 * 8 + 4, 2);
    assertThatThrownBy(() -> CdbReader.of(b.array(), "t.cdb"))
        .isInstanceOfSatisfying(CdbFormatException.class, e -> {
          assertThat(e.offset()).isEqualTo(56);
          assertThat(e.reason()).contains("hash table 7");
        });
  }

  @Test
  void aRecordRunningPastTheEndIsReportedAtTheRecord() {
    ByteBuffer b = ByteBuffer.allocate(2048 + 16 + 8).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 2048 + 8).putInt(4, 2); // table 0: two slots after one record header
    b.putInt(2048, 1).putInt(2052, 100); // record: key length 1, value length 100, but no bytes
    b.putInt(2048 + 8, 0).putInt(2048 + 12, 2048); // slot 0 -> the record
    assertThatThrownBy(() -> CdbReader.of(b.array(), "r.cdb"))
        .isInstanceOfSatisfying(CdbFormatException.class, e -> {
          assertThat(e.offset()).isEqualTo(2048);
          assertThat(e.reason()).contains("runs past the end");
        });
  }

  @Test
  void aMissingFileIsAnIoErrorNotAFormatError() {
    assertThatThrownBy(() -> CdbReader.open(dir.resolve("absent.cdb")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}
