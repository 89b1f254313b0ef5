package org.osprey.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.osprey.analysis.testing.CorpusRunner;

/**
 * Osprey's ruleset installed once per test JVM in a temporary local install ({@link RulesetHome}),
 * loaded once, and shared by the tests that run cases through it.
 */
public final class OurRuleset {
  private static RulesetHome home;
  private static CorpusRunner runner;

  private OurRuleset() {}

  /** The install, created on first use and deleted when the JVM exits. */
  public static synchronized RulesetHome home() {
    if (home == null) {
      try {
        Path dir = Files.createTempDirectory("osprey-ruleset-test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        home = RulesetHome.create(dir, OurRuleset.class.getClassLoader());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return home;
  }

  /** A logtest runner over the installed ruleset, loaded once. */
  public static synchronized CorpusRunner runner() {
    if (runner == null) {
      RulesetHome h = home();
      runner = CorpusRunner.load(h.home(), h.config());
    }
    return runner;
  }

  /** Our own test files, {@code tests/*.ini} on the test class path, sorted by name. */
  public static List<Path> testFiles() {
    URL url = OurRuleset.class.getClassLoader().getResource("tests");
    if (url == null) {
      throw new IllegalStateException("no tests/ folder on the test class path");
    }
    try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".ini")).sorted().toList();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list " + url, e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
