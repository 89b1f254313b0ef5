package org.osprey.agent.logcollector.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobTest {
  @TempDir Path dir;

  @Test
  void expandsWildcardsInAnyElementLikeGlob3() throws Exception {
    for (String f : new String[] {"a/x.log", "a/y.log", "a/.hidden.log", "a/z.txt", "b/x.log",
        "a/x.log.1", "a/[odd].log"}) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "");
    }
    Files.createDirectories(dir.resolve("a/dir.log"));
    String root = dir.toString();
    assertThat(Glob.expand(root + "/a/*.log")).containsExactly(
        dir.resolve("a/[odd].log"), dir.resolve("a/x.log"), dir.resolve("a/y.log"));
    assertThat(Glob.expand(root + "/*/x.log")).containsExactly(
        dir.resolve("a/x.log"), dir.resolve("b/x.log"));
    assertThat(Glob.expand(root + "/a/[x-y].log")).containsExactly(
        dir.resolve("a/x.log"), dir.resolve("a/y.log"));
    assertThat(Glob.expand(root + "/a/[!x].log")).containsExactly(dir.resolve("a/y.log"));
    assertThat(Glob.expand(root + "/a/?.log*")).containsExactly(
        dir.resolve("a/x.log"), dir.resolve("a/x.log.1"), dir.resolve("a/y.log"));
    assertThat(Glob.expand(root + "/a/.*.log")).containsExactly(dir.resolve("a/.hidden.log"));
    assertThat(Glob.expand(root + "/a/\\[odd].log")).containsExactly(dir.resolve("a/[odd].log"));
    assertThat(Glob.expand(root + "/missing/*.log")).isEmpty();
  }

  @Test
  void tellsWildcardsAndTheDirectoryToWatch() {
    assertThat(Glob.hasWildcards("/var/log/*.log")).isTrue();
    assertThat(Glob.hasWildcards("/var/log/a\\*.log")).isFalse();
    assertThat(Glob.hasWildcards("/var/log/messages")).isFalse();
    assertThat(Glob.baseDirectory("/var/log/app/*.log")).isEqualTo(Path.of("/var/log/app/"));
    assertThat(Glob.baseDirectory("/var/*/x/*.log")).isEqualTo(Path.of("/var/"));
    assertThat(Glob.baseDirectory("*.log")).isNull();
  }
}
