package org.osprey.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/output/golden}. Run the tests with
 * {@code -Dosprey.writeGolden=true} (from the module directory) to rewrite them from the current
 * output, then review the diff before committing.
 */
final class Golden {
  private Golden() {}

  static String read(String name, Charset cs) {
    String path = "/output/golden/" + name;
    try (InputStream in = Golden.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), cs);
    } catch (IOException e) {
      throw new AssertionError(path, e);
    }
  }

  /** Asserts that {@code actual} is the golden file {@code name}, byte for byte in {@code cs}. */
  static void check(String name, String actual, Charset cs) {
    if (Boolean.getBoolean("osprey.writeGolden")) {
      try {
        Path p = Path.of("src/test/resources/output/golden", name);
        Files.createDirectories(p.getParent());
        Files.write(p, actual.getBytes(cs));
      } catch (IOException e) {
        throw new AssertionError(name, e);
      }
      return;
    }
    assertThat(actual).as("golden " + name).isEqualTo(read(name, cs));
  }
}
