package org.osprey.analysis.cdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCompilerTest {
  private static final FileTime EARLY = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));
  private static final FileTime LATE = FileTime.from(Instant.parse("2024-01-01T00:00:00.5Z"));

  @TempDir Path home;

  @BeforeEach
  void rulesDirectory() throws IOException {
    Files.createDirectories(home.resolve("rules"));
  }

  private Path text(String name, String content) throws IOException {
    Path p = home.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, java.nio.charset.StandardCharsets.ISO_8859_1);
    return p;
  }

  @Test
  void aListWithoutCdbIsCompiledAndReadable() throws IOException {
    text("rules/blocked", "10.0.0.1:attacker\nbad line\n10.0.:net ### comment\nadmin:\n");
    ListCompileResult r = ListCompiler.compile(home, ListPath.of("blocked"), false);
    assertThat(r.outcome()).isEqualTo(ListCompileResult.Outcome.COMPILED);
    assertThat(r.entries()).isEqualTo(3);
    assertThat(r.report()).isEqualTo(" * File rules/blocked.cdb needs to be updated");
    assertThat(r.problems()).extracting(ListProblem::toString)
        .containsExactly("rules/blocked:2: no ':' in the line, skipped");
    CdbReader cdb = CdbReader.open(home.resolve("rules/blocked.cdb"));
    assertThat(cdb.get("10.0.0.1")).isEqualTo("attacker");
    assertThat(cdb.get("10.0.")).isEqualTo("net");
    assertThat(cdb.get("admin")).isEmpty();
  }

  @Test
  void anUpToDateCdbIsLeftAlone() throws IOException {
    Path txt = text("rules/users", "root:0\n");
    ListCompiler.compile(home, ListPath.of("users"), false);
    Path cdb = home.resolve("rules/users.cdb");
    Files.setLastModifiedTime(txt, EARLY);
    Files.setLastModifiedTime(cdb, EARLY);
    Files.writeString(txt, "changed:1\n");
    Files.setLastModifiedTime(txt, EARLY);
    ListCompileResult r = ListCompiler.compile(home, ListPath.of("users"), false);
    assertThat(r.outcome()).isEqualTo(ListCompileResult.Outcome.UP_TO_DATE);
    assertThat(r.report()).isEqualTo(" * File rules/users.cdb does not need to be compiled");
    assertThat(CdbReader.open(cdb).contains("root")).isTrue();
  }

  @Test
  void aNewerTextIsRecompiledEvenWithinTheSameSecond() throws IOException {
    Path txt = text("rules/users", "root:0\n");
    ListCompiler.compile(home, ListPath.of("users"), false);
    Path cdb = home.resolve("rules/users.cdb");
    Files.setLastModifiedTime(cdb, EARLY);
    Files.writeString(txt, "changed:1\n");
    Files.setLastModifiedTime(txt, LATE);
    assertThat(ListCompiler.compile(home, ListPath.of("users"), false).outcome())
        .isEqualTo(ListCompileResult.Outcome.COMPILED);
    assertThat(CdbReader.open(cdb).contains("changed")).isTrue();
    assertThat(CdbReader.open(cdb).contains("root")).isFalse();
  }

  @Test
  void forceRecompilesAnUpToDateList() throws IOException {
    Path txt = text("lists/x", "a:b\n");
    ListCompiler.compile(home, ListPath.of("lists/x"), false);
    Files.setLastModifiedTime(txt, EARLY);
    assertThat(ListCompiler.compile(home, ListPath.of("lists/x"), false).outcome())
        .isEqualTo(ListCompileResult.Outcome.UP_TO_DATE);
    assertThat(ListCompiler.compile(home, ListPath.of("lists/x"), true).outcome())
        .isEqualTo(ListCompileResult.Outcome.COMPILED);
  }

  @Test
  void aCdbWithoutItsTextNeedsNoCompiling() throws IOException {
    CdbGoldenTest.writeGolden(home.resolve("rules/shipped.cdb"));
    ListCompileResult r = ListCompiler.compile(home, ListPath.of("shipped.cdb"), true);
    assertThat(r.outcome()).isEqualTo(ListCompileResult.Outcome.UP_TO_DATE);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void neitherTextNorCdbIsAnErrorNamingBoth() {
    ListCompileResult r = ListCompiler.compile(home, ListPath.of("ghost"), false);
    assertThat(r.outcome()).isEqualTo(ListCompileResult.Outcome.MISSING);
    assertThat(r.report()).isEqualTo("rules/ghost: list not found (neither rules/ghost nor rules/ghost.cdb exists)");
    assertThat(Files.exists(home.resolve("rules/ghost.cdb"))).isFalse();
  }

  @Test
  void anUnreadableTextFailsAndLeavesNoFileBehind() throws IOException {
    text("rules/dir-list/placeholder", "");
    // The text "rules/dir-list" is a directory: reading it fails.
    ListCompileResult r = ListCompiler.compile(home, ListPath.of("dir-list"), false);
    assertThat(r.outcome()).isEqualTo(ListCompileResult.Outcome.FAILED);
    assertThat(r.report()).startsWith("rules/dir-list: cannot compile into rules/dir-list.cdb: ");
    try (var files = Files.list(home.resolve("rules"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("dir-list");
    }
  }

  @Test
  void compileAllKeepsDeclarationOrderAndGoesOnAfterAProblem() throws IOException {
    text("rules/a", "k:v\n");
    text("etc/lists/b", "k:v\n");
    List<ListCompileResult> results = ListCompiler.compileAll(home, List.of("a", "missing", "/etc/lists/b.cdb"), false);
    assertThat(results).extracting(ListCompileResult::outcome).containsExactly(
        ListCompileResult.Outcome.COMPILED, ListCompileResult.Outcome.MISSING, ListCompileResult.Outcome.COMPILED);
    assertThat(Files.exists(home.resolve("etc/lists/b.cdb"))).isTrue();
  }
}
