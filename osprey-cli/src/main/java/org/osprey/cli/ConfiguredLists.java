package org.osprey.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.osprey.xml.OssecXml;
import org.osprey.xml.XmlDocument;
import org.osprey.xml.XmlNode;
import org.osprey.xml.XmlParseException;

/**
 * The {@code <list>} entries of the {@code <rules>} sections of an ossec.conf, read straight from the
 * XML until the full ossec.conf loader exists (then only this class changes). Element names are
 * compared case-sensitively and contents are not trimmed, as OSSEC's {@code Read_Rules} does.
 */
final class ConfiguredLists {

  /**
   * One declared list.
   *
   * @param path the element's content, as written
   * @param where {@code file:line} of the element
   */
  record Declared(String path, String where) {
    Declared {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(where, "where");
    }
  }

  private ConfiguredLists() {}

  /** The declared lists in config order; an empty {@code <list>} is an error at its line. */
  static List<Declared> read(Path conf) throws IOException, XmlParseException {
    XmlDocument doc = OssecXml.parse(conf);
    List<Declared> out = new ArrayList<>();
    for (XmlNode root : doc.roots()) {
      if (!root.name().equals("ossec_config")) {
        continue;
      }
      for (XmlNode rules : root.children()) {
        if (!rules.name().equals("rules")) {
          continue;
        }
        for (XmlNode list : rules.children()) {
          if (!list.name().equals("list")) {
            continue;
          }
          if (list.content().isEmpty()) {
            throw new XmlParseException(list.source(), list.line(), "<list> has no file name");
          }
          out.add(new Declared(list.content(), list.where()));
        }
      }
    }
    return out;
  }
}
