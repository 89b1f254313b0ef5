package org.osprey.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One element as OSSEC reads it.
 *
 * @param name element name as written
 * @param attributes attributes in document order (names as written)
 * @param content raw content: for a leaf the text between the tags, for an element with children the
 *     text after its last child; comments removed, nothing trimmed, {@code $VAR}s substituted
 * @param children child elements in document order ({@code <var>} elements are not included)
 * @param source file name (or label) the element came from
 * @param line 1-based line of the start tag
 */
public record XmlNode(
    String name,
    Map<String, String> attributes,
    String content,
    List<XmlNode> children,
    String source,
    int line) {

  public XmlNode {
    Objects.requireNonNull(name, "name");
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    Objects.requireNonNull(content, "content");
    children = List.copyOf(children);
    Objects.requireNonNull(source, "source");
  }

  /** Whether this element's name equals {@code other}, ignoring ASCII case (as OSSEC compares). */
  public boolean is(String other) {
    return name.equalsIgnoreCase(other);
  }

  /** The value of the attribute named {@code attr} (case-insensitive), or null. */
  public @Nullable String attribute(String attr) {
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      if (e.getKey().equalsIgnoreCase(attr)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The children named {@code childName} (case-insensitive), in order. */
  public List<XmlNode> children(String childName) {
    List<XmlNode> out = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.is(childName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first child named {@code childName}, or null. */
  public @Nullable XmlNode child(String childName) {
    for (XmlNode c : children) {
      if (c.is(childName)) {
        return c;
      }
    }
    return null;
  }

  /** "file:line", for error messages. */
  public String where() {
    return source + ":" + line;
  }
}
