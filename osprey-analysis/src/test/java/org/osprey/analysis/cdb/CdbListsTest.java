package org.osprey.analysis.cdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdbListsTest {

  @TempDir Path home;

  @BeforeEach
  void lists() throws IOException {
    Files.createDirectories(home.resolve("rules"));
    Files.createDirectories(home.resolve("etc/lists"));
    write("rules/users.cdb", "root", "admin", "guest", "visitor");
    write("etc/lists/hosts.cdb", "10.0.0.1", "bad");
  }

  private void write(String path, String... kv) throws IOException {
    try (CdbWriter w = CdbWriter.create(home.resolve(path))) {
      for (int i = 0; i < kv.length; i += 2) {
        w.add(kv[i], kv[i + 1]);
      }
      w.commit();
    }
  }

  @Test
  void declaredListsAreFoundByTheirTextOrCdbName() {
    CdbLists lists = CdbLists.load(home, List.of("users.cdb", "etc/lists/hosts"));
    assertThat(lists.problems()).isEmpty();
    assertThat(lists.lists()).extracting(l -> l.path().cdb()).containsExactly("rules/users.cdb", "etc/lists/hosts.cdb");
    assertThat(lists.get("rules/users", "root")).isEqualTo("admin");
    assertThat(lists.get("rules/users.cdb", "guest")).isEqualTo("visitor");
    assertThat(lists.contains("etc/lists/hosts.cdb", "10.0.0.1")).isTrue();
    assertThat(lists.contains("etc/lists/hosts", "10.0.0.2")).isFalse();
  }

  @Test
  void aRuleMustUseTheResolvedNameNotTheDeclaredOne() {
    CdbLists lists = CdbLists.load(home, List.of("users"));
    assertThat(lists.find("users")).isNull();
    assertThat(lists.contains("users", "root")).isFalse();
    assertThat(lists.find("rules/users")).isNotNull();
  }

  @Test
  void aMissingListIsReportedOnceAndFindsNothing() {
    CdbLists lists = CdbLists.load(home, List.of("absent", "users", "absent.cdb"));
    assertThat(lists.problems()).hasSize(1);
    assertThat(lists.problems().getFirst().file()).isEqualTo("rules/absent.cdb");
    assertThat(lists.problems().getFirst().message()).contains("not found");
    CdbList absent = lists.find("rules/absent");
    assertThat(absent).isNotNull();
    assertThat(absent.available()).isFalse();
    assertThat(lists.contains("rules/absent", "root")).isFalse();
    assertThat(lists.get("rules/absent", "root")).isNull();
    assertThat(lists.get("rules/users", "root")).isEqualTo("admin");
  }

  @Test
  void aDamagedListIsReportedWithItsOffsetAndFindsNothing() throws IOException {
    Files.write(home.resolve("rules/broken.cdb"), new byte[10]);
    CdbLists lists = CdbLists.load(home, List.of("broken"));
    assertThat(lists.problems()).extracting(ListProblem::toString)
        .containsExactly("rules/broken.cdb: not a valid cdb at offset 10: file is shorter than the 2048-byte"
            + " header (rebuild it with 'osprey makelists -F'); its lookups find nothing");
    assertThat(lists.contains("rules/broken", "")).isFalse();
  }

  @Test
  void theFirstDeclarationOfANameWins() {
    CdbLists lists = CdbLists.load(home, List.of("users", "rules/users.cdb"));
    assertThat(lists.lists()).hasSize(2);
    assertThat(lists.find("rules/users")).isSameAs(lists.lists().getFirst());
    assertThat(lists.lists().get(1).reader()).isSameAs(lists.lists().getFirst().reader());
  }

  @Test
  void noListsFindNothing() {
    assertThat(CdbLists.empty().find("rules/users")).isNull();
    assertThat(CdbLists.empty().problems()).isEmpty();
  }
}
