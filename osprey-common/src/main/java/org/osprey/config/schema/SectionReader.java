package org.osprey.config.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osprey.xml.XmlNode;

/**
 * Checks section elements against their {@link Section} and parses them. Every problem goes to the
 * sink; what could be read is returned, so that one pass finds all the problems of a file.
 */
public final class SectionReader {
  private final ProblemSink problems;

  public SectionReader(ProblemSink problems) {
    this.problems = problems;
  }

  /**
   * Reads {@code nodes}, the occurrences of {@code section}, into one value set (a merged section
   * takes all of them; pass a single node for an item of a listed section).
   */
  public SectionValues read(Section section, List<XmlNode> nodes) {
    List<Entry> entries = new ArrayList<>();
    Set<Key<?>> written = new HashSet<>();
    for (XmlNode node : nodes) {
      for (String attr : node.attributes().keySet()) {
        report(node, "invalid attribute in <" + section.name() + ">: '" + attr + "'");
      }
      for (XmlNode child : node.children()) {
        Key<?> key = section.key(child.name());
        if (key == null) {
          report(child, "invalid element in <" + section.name() + ">: '" + child.name() + "'");
          continue;
        }
        written.add(key);
        Entry e = readEntry(key, child);
        if (e != null) {
          entries.add(e);
        }
      }
    }
    XmlNode first = nodes.isEmpty() ? null : nodes.get(0);
    String source = first != null ? first.source() : "";
    int line = first != null ? first.line() : 0;
    SectionValues values = new SectionValues(section, source, line, entries);
    if (first != null) {
      for (Key<?> key : section.keys()) {
        if (key.required() && !written.contains(key)) {
          report(first, "missing <" + key.name() + "> in <" + section.name() + ">");
        }
      }
    }
    return values;
  }

  private @org.jspecify.annotations.Nullable Entry readEntry(Key<?> key, XmlNode node) {
    if (!node.children().isEmpty()) {
      for (XmlNode grandchild : node.children()) {
        report(grandchild, "invalid element in <" + key.name() + ">: '" + grandchild.name() + "'");
      }
      return null;
    }
    boolean ok = true;
    Map<Key<?>, Object> attrs = new LinkedHashMap<>();
    for (Map.Entry<String, String> a : node.attributes().entrySet()) {
      Key<?> attr = key.attribute(a.getKey());
      if (attr == null) {
        report(node, "invalid attribute in <" + key.name() + ">: '" + a.getKey() + "'");
        ok = false;
        continue;
      }
      String text = text(attr.type(), a.getValue());
      try {
        attrs.put(attr, attr.type().parse(text));
      } catch (InvalidValueException e) {
        report(node, "invalid value for attribute '" + attr.name() + "' of <" + key.name() + ">: '"
            + text + "' (expected " + e.expected() + ")");
        ok = false;
      }
    }
    for (Key<?> attr : key.attributes()) {
      if (attr.required() && !attrs.containsKey(attr)) {
        report(node, "missing attribute '" + attr.name() + "' in <" + key.name() + ">");
        ok = false;
      }
    }
    String text = text(key.type(), node.content());
    Object value;
    try {
      value = key.type().parse(text);
    } catch (InvalidValueException e) {
      report(node, "invalid value for <" + key.name() + ">: '" + text + "' (expected "
          + e.expected() + ")");
      return null;
    }
    return ok ? new Entry(key, value, attrs, node.source(), node.line()) : null;
  }

  private static String text(ValueType<?> type, String raw) {
    return type.keepsWhitespace() ? raw : raw.strip();
  }

  private void report(XmlNode node, String message) {
    problems.report(node.source(), node.line(), message);
  }
}
