package org.osprey.analysis.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.osprey.analysis.pattern.OsPattern;
import org.osprey.analysis.pattern.PatternException;
import org.osprey.analysis.pattern.Patterns;
import org.osprey.config.RulesConfig;

/**
 * Which files load, in which order (spec §1): the configured decoder files and directories, or OSSEC's
 * legacy pair {@code etc/decoder.xml} + {@code etc/local_decoder.xml}; then lists; then rule files
 * ({@code <include>} names without a {@code /} live in the rules directory) and rule directories
 * (entries whose {@code dir/entry} path matches the OS_Regex pattern, names already listed skipped, the
 * new ones sorted byte-wise).
 *
 * @param decoderFiles decoder files in load order
 * @param legacyDecoders whether the legacy pair was used ({@code local_decoder.xml} may be missing)
 * @param ruleFiles rule files in load order
 * @param lists the declared list paths, as written
 */
public record RulesetSources(List<Path> decoderFiles, boolean legacyDecoders, List<Path> ruleFiles,
    List<String> lists) {

  public RulesetSources {
    decoderFiles = List.copyOf(decoderFiles);
    ruleFiles = List.copyOf(ruleFiles);
    lists = List.copyOf(lists);
  }

  /**
   * Resolves {@code config} against an install {@code home} (OSSEC's chroot); bare rule names are
   * looked up in {@code rulesDir} (normally {@code home/rules}).
   */
  public static RulesetSources resolve(RulesConfig config, Path home, Path rulesDir,
      Problems problems) {
    List<Path> decoders = new ArrayList<>();
    boolean legacy = !config.hasDecoders();
    if (legacy) {
      decoders.add(home.resolve("etc/decoder.xml"));
      decoders.add(home.resolve("etc/local_decoder.xml"));
    }
    List<Path> rules = new ArrayList<>();
    List<String> lists = new ArrayList<>();
    for (RulesConfig.Entry e : config.entries()) {
      switch (e.kind()) {
        case DECODER_FILE -> decoders.add(inHome(home, e.path()));
        case DECODER_DIR -> directory(inHome(home, e.path()), e, decoders, problems);
        case RULE_FILE -> rules.add(e.path().indexOf('/') < 0 ? rulesDir.resolve(e.path())
            : inHome(home, e.path()));
        case RULE_DIR -> directory(inHome(home, e.path()), e, rules, problems);
        case LIST -> lists.add(e.path());
      }
    }
    return new RulesetSources(decoders, legacy, rules, lists);
  }

  private static Path inHome(Path home, String path) {
    String p = path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return home.resolve(p);
  }

  private static void directory(Path dir, RulesConfig.Entry e, List<Path> into, Problems problems) {
    String pattern = e.pattern() == null ? ".xml$" : e.pattern();
    OsPattern regex;
    try {
      regex = Patterns.osRegex(pattern);
    } catch (PatternException ex) {
      problems.error(e.source(), e.line(), "invalid pattern '" + pattern + "': " + ex.getMessage());
      return;
    }
    if (!Files.isDirectory(dir)) {
      problems.error(e.source(), e.line(), "directory '" + dir + "' does not exist");
      return;
    }
    Set<String> known = new LinkedHashSet<>();
    for (Path p : into) {
      known.add(p.getFileName().toString());
    }
    List<String> added = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String name = p.getFileName().toString();
        String both = e.path() + "/" + name;
        if (Files.isRegularFile(p) && regex.test(both) && !known.contains(name)) {
          added.add(name);
        }
      }
    } catch (IOException ex) {
      problems.error(e.source(), e.line(), "cannot list '" + dir + "': " + ex.getMessage());
      return;
    }
    added.sort(null);
    for (String name : added) {
      into.add(dir.resolve(name));
    }
  }
}
