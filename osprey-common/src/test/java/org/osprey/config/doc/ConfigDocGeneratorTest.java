package org.osprey.config.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.config.InternalOptionSchema;
import org.osprey.config.OssecSchema;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;

/** The committed docs/ossec-conf.md is exactly what the declarations generate. */
class ConfigDocGeneratorTest {

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("osprey-common")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
  }

  @Test
  void committedReferenceIsUpToDate() throws IOException {
    Path doc = repositoryRoot().resolve(ConfigDocGenerator.DOC_PATH);
    String expected = ConfigDocGenerator.render();
    String actual = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    assertThat(actual)
        .withFailMessage("%s is out of date with the config declarations; regenerate it from the "
            + "repository root with:%n  %s", ConfigDocGenerator.DOC_PATH, ConfigDocGenerator.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void everySectionKeyAndInternalOptionIsDocumented() {
    String doc = ConfigDocGenerator.render();
    for (Section s : OssecSchema.sections()) {
      assertThat(doc).contains("\n## " + s.name() + "\n");
      for (Key<?> k : s.keys()) {
        assertThat(doc).contains("| `" + k.name() + "`");
        for (Key<?> a : k.attributes()) {
          assertThat(doc).contains("`" + k.name() + "` attribute `" + a.name() + "`");
        }
      }
    }
    InternalOptionSchema.all().forEach(o -> assertThat(doc).contains("| `" + o.key() + "` | "));
    assertThat(doc).contains("| `email_maxperhour` | a number 1-9999 | 12 |");
  }

  @Test
  void mainWritesTheFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("docs/ossec-conf.md");
    ConfigDocGenerator.main(new String[] {out.toString()});
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(ConfigDocGenerator.render());
  }
}
