package org.osprey.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osprey.testing.SharedReference;

/**
 * Osprey's ruleset keeps OSSEC's ids but is written in Osprey's own words: no rule description and no
 * test section title repeats one of OSSEC 4.3.0's rule descriptions (compared without case,
 * punctuation or spacing).
 */
class OwnWordsTest {
  private static final Pattern DESCRIPTION = Pattern.compile("<description>(.*?)</description>",
      Pattern.DOTALL);
  private static final Pattern RULE = Pattern.compile("<rule .*?</rule>", Pattern.DOTALL);
  private static final Pattern SECTION = Pattern.compile("(?m)^\\[(.*)\\]\\s*$");

  static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  static Set<String> ossecDescriptions() throws IOException {
    Set<String> out = new HashSet<>();
    for (Path f : list(SharedReference.ossec().resolve("etc/rules"), ".xml")) {
      Matcher rule = RULE.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
      while (rule.find()) {
        StringBuilder whole = new StringBuilder();
        Matcher d = DESCRIPTION.matcher(rule.group());
        while (d.find()) {
          out.add(normal(d.group(1)));
          whole.append(d.group(1));
        }
        out.add(normal(whole.toString()));
      }
    }
    out.remove("");
    return out;
  }

  @Test
  void noDescriptionOrTestTitleRepeatsOssec() throws IOException {
    Set<String> ossec = ossecDescriptions();
    assertThat(ossec).hasSizeGreaterThan(1000);
    List<String> ours = new ArrayList<>();
    Path rules = resource("osprey-ruleset/rules");
    for (Path f : list(rules, ".xml")) {
      Matcher d = DESCRIPTION.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
      while (d.find()) {
        ours.add(f.getFileName() + ": " + d.group(1));
      }
    }
    for (Path f : OurRuleset.testFiles()) {
      Matcher s = SECTION.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
      while (s.find()) {
        ours.add(f.getFileName() + ": " + s.group(1));
      }
    }
    assertThat(ours).hasSizeGreaterThan(100);
    assertThat(ours).filteredOn(o -> ossec.contains(normal(o.substring(o.indexOf(": ") + 2))))
        .as("texts that repeat an OSSEC description").isEmpty();
  }

  private static Path resource(String name) {
    try {
      return Path.of(OwnWordsTest.class.getClassLoader().getResource(name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException(name + " not on the class path", e);
    }
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
