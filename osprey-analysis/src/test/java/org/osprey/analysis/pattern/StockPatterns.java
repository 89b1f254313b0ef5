package org.osprey.analysis.pattern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.pattern.OsPattern.Dialect;
import org.osprey.testing.SharedReference;
import org.osprey.xml.OssecXml;
import org.osprey.xml.XmlNode;
import org.osprey.xml.XmlParseException;

/**
 * The pattern elements of OSSEC 4.3.0's stock decoders and rules, read from the shared reference
 * files: per decoder or rule, elements of the same name concatenated without separator, as OSSEC
 * does before compiling.
 */
final class StockPatterns {
  /** One pattern as OSSEC compiles it, with where it comes from. */
  record Stock(Dialect dialect, String element, String pattern, String where) {
    @Override
    public String toString() {
      return where + " <" + element + "> " + pattern;
    }
  }

  private StockPatterns() {}

  /** The pattern elements themselves, before concatenation. */
  static List<Stock> elements() throws IOException, XmlParseException {
    List<Stock> out = new ArrayList<>();
    for (XmlNode owner : owners()) {
      for (XmlNode child : owner.children()) {
        String name = child.name().toLowerCase(java.util.Locale.ROOT);
        Dialect d = dialect(name);
        if (d != null) {
          out.add(new Stock(d, name, child.content(), child.where()));
        }
      }
    }
    return out;
  }

  /** The patterns as OSSEC compiles them: same-name elements of one owner concatenated. */
  static List<Stock> load() throws IOException, XmlParseException {
    List<Stock> out = new ArrayList<>();
    for (XmlNode owner : owners()) {
      collect(owner, out);
    }
    return out;
  }

  /** Every {@code <decoder>} and every {@code <rule>}, in file order. */
  private static List<XmlNode> owners() throws IOException, XmlParseException {
    Path etc = SharedReference.ossec().resolve("etc");
    List<XmlNode> out = new ArrayList<>();
    for (XmlNode decoder : OssecXml.parse(etc.resolve("decoder.xml")).roots()) {
      if (decoder.is("decoder")) {
        out.add(decoder);
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(etc.resolve("rules"))) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    for (Path file : files) {
      for (XmlNode group : OssecXml.parse(file).roots()) {
        out.addAll(group.children("rule"));
      }
    }
    return out;
  }

  private static void collect(XmlNode owner, List<Stock> out) {
    Map<String, StringBuilder> byName = new LinkedHashMap<>();
    for (XmlNode child : owner.children()) {
      String name = child.name().toLowerCase(java.util.Locale.ROOT);
      if (dialect(name) != null) {
        byName.computeIfAbsent(name, k -> new StringBuilder()).append(child.content());
      }
    }
    byName.forEach(
        (name, text) -> out.add(new Stock(dialect(name), name, text.toString(), owner.where())));
  }

  private static @Nullable Dialect dialect(String element) {
    if (element.endsWith("pcre2")) {
      return Dialect.PCRE2;
    }
    return switch (element) {
      case "regex", "prematch" -> Dialect.OS_REGEX;
      case "match" -> Dialect.OS_MATCH;
      default -> null;
    };
  }
}
