package org.osprey.ruleset.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osprey.xml.OssecXml;
import org.osprey.xml.XmlDocument;
import org.osprey.xml.XmlNode;
import org.osprey.xml.XmlParseException;

/**
 * What one ruleset file holds, read with OSSEC's lenient XML reader: its source name (from
 * {@code NNNN-source_rules.xml} or {@code NNNN-source_decoders.xml}), and its rule ids and groups or
 * its decoder names.
 *
 * @param name the file name
 * @param source the source part of the name
 * @param ids the rule ids, sorted (empty for a decoder file)
 * @param groups the groups the rules carry, sorted (empty for a decoder file)
 * @param decoders every decoder's name in file order (empty for a rule file)
 * @param topLevel the names of the decoders without a parent, in file order
 */
record RulesetFile(String name, String source, List<Integer> ids, List<String> groups,
    List<String> decoders, List<String> topLevel) {

  private static final Pattern NAME = Pattern.compile("^\\d{4}-(.+)_(?:rules|decoders)\\.xml$");

  RulesetFile {
    ids = List.copyOf(ids);
    groups = List.copyOf(groups);
    decoders = List.copyOf(decoders);
    topLevel = List.copyOf(topLevel);
  }

  /** The source a file name carries, or the name without {@code .xml} when it has no such form. */
  static String sourceOf(String fileName) {
    Matcher m = NAME.matcher(fileName);
    return m.matches() ? m.group(1) : fileName.replaceFirst("\\.xml$", "");
  }

  static RulesetFile rules(Path file) throws IOException {
    XmlDocument doc = parse(file);
    TreeSet<Integer> ids = new TreeSet<>();
    TreeSet<String> groups = new TreeSet<>();
    for (XmlNode group : doc.roots()) {
      String base = group.attribute("name") == null ? "" : group.attribute("name");
      for (XmlNode rule : group.children("rule")) {
        String id = rule.attribute("id");
        if (id != null && id.chars().allMatch(Character::isDigit) && !id.isEmpty()) {
          ids.add(Integer.parseInt(id));
        }
        StringBuilder all = new StringBuilder(base);
        for (XmlNode g : rule.children("group")) {
          all.append(',').append(g.content());
        }
        for (String g : all.toString().split(",")) {
          if (!g.isBlank()) {
            groups.add(g.strip());
          }
        }
      }
    }
    String name = file.getFileName().toString();
    return new RulesetFile(name, sourceOf(name), new ArrayList<>(ids), new ArrayList<>(groups),
        List.of(), List.of());
  }

  static RulesetFile decoders(Path file) throws IOException {
    XmlDocument doc = parse(file);
    List<String> names = new ArrayList<>();
    List<String> top = new ArrayList<>();
    for (XmlNode d : doc.roots()) {
      String n = d.attribute("name");
      if (n == null) {
        continue;
      }
      names.add(n);
      if (d.child("parent") == null && !top.contains(n)) {
        top.add(n);
      }
    }
    String name = file.getFileName().toString();
    return new RulesetFile(name, sourceOf(name), List.of(), List.of(), names, top);
  }

  private static XmlDocument parse(Path file) throws IOException {
    try {
      return OssecXml.parse(file);
    } catch (XmlParseException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
