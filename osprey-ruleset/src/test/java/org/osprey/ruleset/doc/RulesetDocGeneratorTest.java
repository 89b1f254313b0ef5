package org.osprey.ruleset.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/ruleset.md: its tables are what the ruleset files generate, below a hand-written intro. */
class RulesetDocGeneratorTest {

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("osprey-ruleset")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
  }

  @Test
  void committedPageIsUpToDate() throws IOException {
    Path root = repositoryRoot();
    Path doc = root.resolve(RulesetDocGenerator.DOC_PATH);
    String actual = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    String expected = RulesetDocGenerator.render(RulesetDocGenerator.intro(actual),
        root.resolve(RulesetDocGenerator.RULESET_PATH), root.resolve(RulesetDocGenerator.TESTS_PATH));
    assertThat(actual)
        .withFailMessage("%s is out of date with the ruleset files; regenerate it from the repository"
            + " root with:%n  %s", RulesetDocGenerator.DOC_PATH, RulesetDocGenerator.REGENERATE)
        .isEqualTo(expected);
    assertThat(RulesetDocGenerator.intro(actual)).as("hand-written introduction").contains("# ");
  }

  @Test
  void everyRulesetFileIsListed() throws IOException {
    Path root = repositoryRoot();
    Path ruleset = root.resolve(RulesetDocGenerator.RULESET_PATH);
    String page = RulesetDocGenerator.render("", ruleset, root.resolve(RulesetDocGenerator.TESTS_PATH));
    for (String dir : List.of("rules", "decoders")) {
      try (var files = Files.list(ruleset.resolve(dir))) {
        files.forEach(f -> assertThat(page).contains("| `" + f.getFileName() + "` |"));
      }
    }
    assertThat(page).contains("| `0030-sshd_rules.xml` |").contains("`tests/sshd.ini` (");
  }

  @Test
  void tablesComeFromTheFiles(@TempDir Path dir) throws IOException {
    Path ruleset = dir.resolve("ruleset");
    Files.createDirectories(ruleset.resolve("rules"));
    Files.createDirectories(ruleset.resolve("decoders"));
    Files.createDirectories(dir.resolve("tests"));
    Files.writeString(ruleset.resolve("rules/0100-app_rules.xml"), """
        <group name="syslog,app,">
          <rule id="100100" level="0"><decoded_as>app</decoded_as><description>a</description></rule>
          <rule id="100101" level="5"><if_sid>100100</if_sid><group>authentication_failed,</group>
            <description>b</description></rule>
          <rule id="100103" level="5"><if_sid>100100</if_sid><description>c</description></rule>
        </group>
        """);
    Files.writeString(ruleset.resolve("decoders/0100-app_decoders.xml"), """
        <decoder name="app"><program_name>^app$</program_name></decoder>
        <decoder name="app-user"><parent>app</parent><regex>user (\\S+)</regex><order>user</order></decoder>
        """);
    Files.writeString(dir.resolve("tests/app.ini"), "[x]\nlog 1 pass = a\nlog 2 fail = b\nrule = 1\n");
    String page = RulesetDocGenerator.render("# Intro\n", ruleset, dir.resolve("tests"));
    assertThat(page).startsWith("# Intro\n\n" + RulesetDocGenerator.MARKER + "\n\n")
        .contains("| `0100-app_rules.xml` | 3 | 100100-100101, 100103 |"
            + " app, authentication_failed, syslog | `tests/app.ini` (2) |")
        .contains("| `0100-app_decoders.xml` | 2 | `app` |")
        .contains("3 rules in 1 files");
    assertThat(RulesetDocGenerator.intro(page)).isEqualTo("# Intro\n\n");
  }

  @Test
  void mainKeepsTheIntroAndRewritesTheTables(@TempDir Path dir) throws IOException {
    Path ruleset = dir.resolve(RulesetDocGenerator.RULESET_PATH);
    Files.createDirectories(ruleset.resolve("rules"));
    Files.writeString(ruleset.resolve("rules/0000-x_rules.xml"),
        "<group name=\"x,\"><rule id=\"1\" level=\"0\"><category>syslog</category></rule></group>\n");
    Path doc = dir.resolve(RulesetDocGenerator.DOC_PATH);
    Files.createDirectories(doc.getParent());
    Files.writeString(doc, "# Mine\n\nWords.\n\n" + RulesetDocGenerator.MARKER + "\n\nstale\n");
    RulesetDocGenerator.main(new String[] {dir.toString()});
    String page = Files.readString(doc);
    assertThat(page).startsWith("# Mine\n\nWords.\n\n" + RulesetDocGenerator.MARKER)
        .doesNotContain("stale").contains("| `0000-x_rules.xml` | 1 | 1 | x | - |");
  }

  @Test
  void idRangesCollapseRuns() {
    assertThat(IdRanges.format(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("1-3, 5, 7-8");
    assertThat(IdRanges.format(List.of())).isEqualTo("-");
  }
}
