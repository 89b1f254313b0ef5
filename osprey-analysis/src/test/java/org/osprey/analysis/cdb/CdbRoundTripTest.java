package org.osprey.analysis.cdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Write with CdbWriter, read with CdbReader, both from the heap and memory-mapped. */
class CdbRoundTripTest {

  @TempDir Path dir;

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private CdbReader reopen(Path file, boolean mapped) throws IOException {
    return CdbReader.open(file, mapped ? 0 : Long.MAX_VALUE);
  }

  @ParameterizedTest(name = "mapped={0}")
  @ValueSource(booleans = {false, true})
  void manyKeysAreAllFoundAndOthersAreNot(boolean mapped) throws IOException {
    Path file = dir.resolve("many.cdb");
    try (CdbWriter w = CdbWriter.create(file)) {
      for (int i = 0; i < 20_000; i++) {
        w.add("10." + (i / 256) + "." + (i % 256) + ".", "v" + i);
      }
      assertThat(w.size()).isEqualTo(20_000);
      w.commit();
    }
    CdbReader r = reopen(file, mapped);
    assertThat(r.size()).isEqualTo(20_000);
    for (int i = 0; i < 20_000; i++) {
      assertThat(r.get("10." + (i / 256) + "." + (i % 256) + ".")).isEqualTo("v" + i);
    }
    for (int i = 0; i < 2_000; i++) {
      assertThat(r.contains("11." + i)).isFalse();
      assertThat(r.get("10." + i)).isNull();
    }
  }

  @ParameterizedTest(name = "mapped={0}")
  @ValueSource(booleans = {false, true})
  void aRepeatedKeyGivesItsFirstValue(boolean mapped) throws IOException {
    Path file = dir.resolve("dup.cdb");
    try (CdbWriter w = CdbWriter.create(file)) {
      w.add("root", "first");
      w.add("other", "x");
      w.add("root", "second");
      w.add("root", "third");
      w.commit();
    }
    CdbReader r = reopen(file, mapped);
    assertThat(r.get("root")).isEqualTo("first");
    assertThat(r.size()).isEqualTo(4);
  }

  @Test
  void emptyKeysAndEmptyValuesAreStored() throws IOException {
    Path file = dir.resolve("empty.cdb");
    try (CdbWriter w = CdbWriter.create(file)) {
      w.add("", "value of the empty key");
      w.add("admin", "");
      w.commit();
    }
    CdbReader r = CdbReader.open(file);
    assertThat(r.get("")).isEqualTo("value of the empty key");
    assertThat(r.contains("admin")).isTrue();
    assertThat(r.get("admin")).isEmpty();
    assertThat(r.get(b("admin"))).isEmpty();
  }

  @Test
  void everyByteValueSurvivesInKeysAndValues() throws IOException {
    Path file = dir.resolve("binary.cdb");
    try (CdbWriter w = CdbWriter.create(file)) {
      for (int i = 0; i < 256; i++) {
        w.add(new byte[] {(byte) i, 0, (byte) (255 - i)}, new byte[] {0, (byte) i, '\n', '\r'});
      }
      w.commit();
    }
    CdbReader r = CdbReader.open(file);
    for (int i = 0; i < 256; i++) {
      assertThat(r.get(new byte[] {(byte) i, 0, (byte) (255 - i)})).containsExactly(0, i, '\n', '\r');
    }
    assertThat(r.contains(new byte[] {1, 0})).isFalse();
  }

  @Test
  void stringsAreLatin1() throws IOException {
    Path file = dir.resolve("latin1.cdb");
    try (CdbWriter w = CdbWriter.create(file)) {
      w.add("jos\u00e9", "caf\u00e9\u00ff");
      w.commit();
    }
    CdbReader r = CdbReader.open(file);
    assertThat(r.get(new byte[] {'j', 'o', 's', (byte) 0xE9})).containsExactly('c', 'a', 'f', 0xE9, 0xFF);
    assertThat(r.get("jos\u00e9")).isEqualTo("caf\u00e9\u00ff");
    // A char above U+00FF has no Latin-1 byte: it cannot be a key, and is not mistaken for '?'.
    assertThat(r.contains("jos\u0100")).isFalse();
    assertThat(r.get("jos\u0100")).isNull();
  }

  @Test
  void aKeyThatIsNotLatin1IsRefusedWhenWriting() throws IOException {
    try (CdbWriter w = CdbWriter.create(dir.resolve("bad.cdb"))) {
      assertThatThrownBy(() -> w.add("\u20ac", "euro")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("key");
    }
  }

  @Test
  void anEmptyDatabaseIsJustTheHeader() throws IOException {
    Path file = dir.resolve("none.cdb");
    try (CdbWriter w = CdbWriter.create(file)) {
      w.commit();
    }
    assertThat(Files.size(file)).isEqualTo(2048);
    CdbReader r = CdbReader.open(file);
    assertThat(r.size()).isZero();
    assertThat(r.contains("")).isFalse();
  }

  @Test
  void commitReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("list.cdb");
    Files.writeString(file, "old content, not a cdb");
    try (CdbWriter w = CdbWriter.create(file)) {
      w.add("k", "v");
      w.commit();
    }
    assertThat(CdbReader.open(file).get("k")).isEqualTo("v");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void closingWithoutCommitLeavesTheTargetAsItWas() throws IOException {
    Path file = dir.resolve("list.cdb");
    Files.writeString(file, "previous");
    try (CdbWriter w = CdbWriter.create(file)) {
      w.add("k", "v");
    }
    assertThat(Files.readString(file)).isEqualTo("previous");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aCommittedWriterTakesNoMoreRecords() throws IOException {
    try (CdbWriter w = CdbWriter.create(dir.resolve("x.cdb"))) {
      w.commit();
      assertThatThrownBy(() -> w.add("k", "v")).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(w::commit).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aReaderIsSharedSafelyBetweenThreads() throws Exception {
    Path file = dir.resolve("threads.cdb");
    try (CdbWriter w = CdbWriter.create(file)) {
      for (int i = 0; i < 5_000; i++) {
        w.add("key" + i, "value" + i);
      }
      w.commit();
    }
    CdbReader r = CdbReader.open(file, 0);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      int offset = t;
      threads.add(Thread.ofPlatform().start(() -> {
        for (int i = offset; i < 5_000; i += 2) {
          if (!("value" + i).equals(r.get("key" + i))) {
            failures.add(new AssertionError("key" + i));
          }
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
  }

  @Property(tries = 200)
  void whatIsWrittenIsReadBackFirstValueWinning(@ForAll("entries") List<byte[][]> entries) throws IOException {
    Path tmp = Files.createTempDirectory("cdb-prop");
    try {
      Path file = tmp.resolve("p.cdb");
      Map<String, byte[]> first = new HashMap<>();
      try (CdbWriter w = CdbWriter.create(file)) {
        for (byte[][] e : entries) {
          w.add(e[0], e[1]);
          first.putIfAbsent(new String(e[0], StandardCharsets.ISO_8859_1), e[1]);
        }
        w.commit();
      }
      CdbReader r = CdbReader.of(Files.readAllBytes(file), "p.cdb");
      assertThat(r.size()).isEqualTo(entries.size());
      for (Map.Entry<String, byte[]> e : first.entrySet()) {
        assertThat(r.get(e.getKey().getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(e.getValue());
      }
    } finally {
      try (Stream<Path> files = Files.list(tmp)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(tmp);
    }
  }

  @Provide
  Arbitrary<List<byte[][]>> entries() {
    // Few distinct short keys, so repeats and shared hash tables are common.
    Arbitrary<byte[]> key = Arbitraries.bytes().between((byte) 0, (byte) 3).array(byte[].class).ofMaxSize(3);
    Arbitrary<byte[]> value = Arbitraries.bytes().array(byte[].class).ofMaxSize(20);
    return Combinators.combine(key, value).as((k, v) -> new byte[][] {k, v}).list().ofMaxSize(60);
  }
}
