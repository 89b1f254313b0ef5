package org.osprey.ruleset.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Regenerates the tables of {@code docs/ruleset.md} from the ruleset files of the repository, keeping
 * the hand-written text above {@link #MARKER}. Generic: every file of the ruleset folders is listed,
 * whoever wrote it.
 */
public final class RulesetDocGenerator {
  /** The page, relative to the repository root. */
  public static final String DOC_PATH = "docs/ruleset.md";
  /** The ruleset folder, relative to the repository root. */
  public static final String RULESET_PATH = "osprey-ruleset/src/main/resources/osprey-ruleset";
  /** The test files folder, relative to the repository root. */
  public static final String TESTS_PATH = "osprey-ruleset/src/test/resources/tests";
  /** How to regenerate the page, from the repository root. */
  public static final String REGENERATE = "mvn -q -pl osprey-ruleset -am compile -DskipTests"
      + " && java -cp osprey-common/target/classes:osprey-ruleset/target/classes "
      + RulesetDocGenerator.class.getName() + " .";
  /** The line that ends the hand-written part; everything after it is generated. */
  public static final String MARKER = "<!-- Generated below by " + RulesetDocGenerator.class.getName()
      + " from the ruleset files; edit above this line only. Regenerate with: " + REGENERATE
      + " -->";

  private RulesetDocGenerator() {}

  /** Rewrites {@code docs/ruleset.md} under the repository root {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RulesetDocGenerator REPOSITORY_ROOT");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    Path doc = root.resolve(DOC_PATH);
    String current = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    Files.createDirectories(doc.getParent());
    Files.writeString(doc, render(intro(current), root.resolve(RULESET_PATH),
        root.resolve(TESTS_PATH)), StandardCharsets.UTF_8);
  }

  /** The hand-written part of {@code page}: everything before the marker (all of it without one). */
  public static String intro(String page) {
    int at = page.indexOf(MARKER);
    return at < 0 ? page : page.substring(0, at);
  }

  /** The whole page: {@code intro}, the marker, then the tables. */
  public static String render(String intro, Path rulesetDir, Path testsDir) throws IOException {
    List<RulesetFile> decoders = new ArrayList<>();
    for (Path f : xmlFiles(rulesetDir.resolve("decoders"))) {
      decoders.add(RulesetFile.decoders(f));
    }
    List<RulesetFile> rules = new ArrayList<>();
    for (Path f : xmlFiles(rulesetDir.resolve("rules"))) {
      rules.add(RulesetFile.rules(f));
    }
    StringBuilder b = new StringBuilder(intro);
    if (!intro.isEmpty() && !intro.endsWith("\n\n")) {
      b.append(intro.endsWith("\n") ? "\n" : "\n\n");
    }
    b.append(MARKER).append("\n\n");
    rulesTable(b, rules, testsDir);
    decodersTable(b, decoders);
    return b.toString();
  }

  private static void rulesTable(StringBuilder b, List<RulesetFile> rules, Path testsDir)
      throws IOException {
    int total = rules.stream().mapToInt(r -> r.ids().size()).sum();
    b.append("## Rules\n\n").append(total).append(" rules in ").append(rules.size())
        .append(" files, loaded in this order.\n\n");
    b.append("| File | Rules | Rule ids | Groups | Tests |\n|---|---|---|---|---|\n");
    for (RulesetFile r : rules) {
      b.append("| `").append(r.name()).append("` | ").append(r.ids().size()).append(" | ")
          .append(IdRanges.format(r.ids())).append(" | ").append(String.join(", ", r.groups()))
          .append(" | ").append(tests(testsDir, r.source())).append(" |\n");
    }
    b.append('\n');
  }

  private static void decodersTable(StringBuilder b, List<RulesetFile> decoders) {
    int total = decoders.stream().mapToInt(d -> d.decoders().size()).sum();
    b.append("## Decoders\n\n").append(total).append(" decoders in ").append(decoders.size())
        .append(" files, loaded in this order. Rules name a decoder by its top-level name in"
            + " `<decoded_as>`.\n\n");
    b.append("| File | Decoders | Top-level names |\n|---|---|---|\n");
    for (RulesetFile d : decoders) {
      b.append("| `").append(d.name()).append("` | ").append(d.decoders().size()).append(" | ")
          .append(String.join(", ", d.topLevel().stream().map(n -> "`" + n + "`").toList()))
          .append(" |\n");
    }
  }

  /** {@code tests/source.ini (N cases)}, or a dash when the source has no test file. */
  private static String tests(Path testsDir, String source) throws IOException {
    Path ini = testsDir.resolve(source + ".ini");
    if (!Files.isRegularFile(ini)) {
      return "-";
    }
    long cases;
    try (Stream<String> lines = Files.lines(ini, StandardCharsets.ISO_8859_1)) {
      cases = lines.filter(l -> l.matches("(?i)^log\\s+\\S+\\s+(pass|fail)\\s*[=:].*")).count();
    }
    return "`tests/" + source + ".ini` (" + cases + ")";
  }

  private static List<Path> xmlFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".xml"))
          .sorted((x, y) -> byteOrder(x.getFileName().toString(), y.getFileName().toString()))
          .toList();
    }
  }

  /** Byte order of the names, as the engine loads directory entries. */
  private static int byteOrder(String a, String b) {
    return java.util.Arrays.compare(a.getBytes(StandardCharsets.UTF_8),
        b.getBytes(StandardCharsets.UTF_8));
  }
}
