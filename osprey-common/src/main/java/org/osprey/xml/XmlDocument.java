package org.osprey.xml;

import java.util.List;
import java.util.Map;

/**
 * A parsed OSSEC XML file: its root elements (there may be several) and the variables it defined.
 *
 * @param source file name or label
 * @param roots root elements in document order, without {@code <var>} definitions
 * @param variables variable name (as first written) to value, in definition order
 */
public record XmlDocument(String source, List<XmlNode> roots, Map<String, String> variables) {
  public XmlDocument {
    roots = List.copyOf(roots);
    variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
  }
}
