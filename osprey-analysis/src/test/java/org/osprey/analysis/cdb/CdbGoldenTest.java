package org.osprey.analysis.cdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's bytes against a committed file, and that file decoded by hand from the format's
 * description. The golden was made by CdbWriter and checked with tinycdb 0.78 ({@code cdb -d} dumps the
 * same records and {@code cdb -q} finds the same first values).
 */
class CdbGoldenTest {
  static final String GOLDEN = "/cdb/golden.cdb";

  /** Keys and values, in the order they are added. */
  static final List<String[]> ENTRIES = List.of(
      new String[] {"10.1.2.3", "single host"},
      new String[] {"10.1.", "a network"},
      new String[] {"root", "uid 0"},
      new String[] {"", "empty key"},
      new String[] {"admin", ""},
      new String[] {"root", "second root"});

  @TempDir Path dir;

  static void writeGolden(Path file) throws IOException {
    try (CdbWriter w = CdbWriter.create(file)) {
      for (String[] e : ENTRIES) {
        w.add(e[0], e[1]);
      }
      w.commit();
    }
  }

  static byte[] golden() throws IOException {
    try (InputStream in = CdbGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as(GOLDEN).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void writerProducesTheGoldenBytes() throws IOException {
    Path file = dir.resolve("golden.cdb");
    writeGolden(file);
    assertThat(Files.readAllBytes(file)).isEqualTo(golden());
  }

  @Test
  void goldenRecordsFollowTheHeaderInInsertionOrder() throws IOException {
    ByteBuffer f = ByteBuffer.wrap(golden()).order(ByteOrder.LITTLE_ENDIAN);
    int at = 2048;
    for (String[] e : ENTRIES) {
      assertThat(f.getInt(at)).as("key length of %s", e[0]).isEqualTo(e[0].length());
      assertThat(f.getInt(at + 4)).as("value length of %s", e[0]).isEqualTo(e[1].length());
      assertThat(ascii(f, at + 8, e[0].length())).isEqualTo(e[0]);
      assertThat(ascii(f, at + 8 + e[0].length(), e[1].length())).isEqualTo(e[1]);
      at += 8 + e[0].length() + e[1].length();
    }
    // 6 records then 256 tables of 2 slots per record, 8 bytes a slot.
    assertThat(f.capacity()).isEqualTo(at + 6 * 2 * 8);
  }

  @Test
  void goldenHeaderPointsAtTablesSizedTwiceTheirKeys() throws IOException {
    ByteBuffer f = ByteBuffer.wrap(golden()).order(ByteOrder.LITTLE_ENDIAN);
    int recordsEnd = 2048 + 6 * 8 + (8 + 11) + (5 + 9) + (4 + 5) + 9 + 5 + (4 + 11);
    long expectedPos = recordsEnd;
    for (int t = 0; t < 256; t++) {
      int keys = 0;
      for (String[] e : ENTRIES) {
        if ((hash(e[0]) & 0xFF) == t) {
          keys++;
        }
      }
      assertThat(Integer.toUnsignedLong(f.getInt(t * 8))).as("position of table %d", t).isEqualTo(expectedPos);
      assertThat(f.getInt(t * 8 + 4)).as("slots of table %d", t).isEqualTo(2 * keys);
      expectedPos += 16L * keys;
    }
    assertThat(expectedPos).isEqualTo(f.capacity());
  }

  @Test
  void goldenTableSlotLeadsToTheFirstRootRecord() throws IOException {
    ByteBuffer f = ByteBuffer.wrap(golden()).order(ByteOrder.LITTLE_ENDIAN);
    long h = hash("root");
    int table = (int) (h & 0xFF);
    int tpos = f.getInt(table * 8);
    int slots = f.getInt(table * 8 + 4);
    int firstRoot = 2048 + (8 + 8 + 11) + (8 + 5 + 9);
    // Probe from (h >>> 8) % slots until the slot holding this hash.
    int slot = (int) ((h >>> 8) % slots);
    while (Integer.toUnsignedLong(f.getInt(tpos + slot * 8)) != h) {
      assertThat(f.getInt(tpos + slot * 8 + 4)).as("empty slot before root").isNotZero();
      slot = (slot + 1) % slots;
    }
    assertThat(f.getInt(tpos + slot * 8 + 4)).isEqualTo(firstRoot);
    assertThat(ascii(f, firstRoot + 8 + 4, 5)).isEqualTo("uid 0");
  }

  @Test
  void readerFindsTheGoldenValues() throws IOException {
    CdbReader r = CdbReader.of(golden(), GOLDEN);
    assertThat(r.size()).isEqualTo(6);
    assertThat(r.get("root")).isEqualTo("uid 0");
    assertThat(r.get("10.1.")).isEqualTo("a network");
    assertThat(r.get("")).isEqualTo("empty key");
    assertThat(r.get("admin")).isEmpty();
    assertThat(r.get("10.1")).isNull();
  }

  /** The cdb hash written out again, in 64-bit arithmetic, independently of CdbHash. */
  private static long hash(String key) {
    long h = 5381;
    for (byte b : key.getBytes(StandardCharsets.ISO_8859_1)) {
      h = ((h * 33) ^ (b & 0xFF)) & 0xFFFF_FFFFL;
    }
    return h;
  }

  private static String ascii(ByteBuffer f, int at, int len) {
    byte[] out = new byte[len];
    f.get(at, out);
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
