package org.osprey.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionReader;
import org.osprey.config.schema.SectionValues;
import org.osprey.xml.OssecXml;
import org.osprey.xml.XmlDocument;
import org.osprey.xml.XmlNode;
import org.osprey.xml.XmlParseException;

/** Reads an ossec.conf: XML, then sections, then the checks that span sections. */
final class OssecConfigLoader {
  private final String source;
  private final Problems problems = new Problems();
  private final SectionReader reader = new SectionReader(problems);
  private final Map<Section, List<XmlNode>> bySection = new LinkedHashMap<>();

  private OssecConfigLoader(String source) {
    this.source = source;
    for (Section s : OssecSchema.sections()) {
      bySection.put(s, new ArrayList<>());
    }
  }

  static OssecConfig load(Path file) throws ConfigException {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new ConfigException(new Problem(file.toString(), 0, "cannot read the file: " + e));
    }
    return parse(text, file.toString());
  }

  static OssecConfig parse(String text, String source) throws ConfigException {
    XmlDocument doc;
    try {
      doc = OssecXml.parse(text, source);
    } catch (XmlParseException e) {
      throw new ConfigException(new Problem(e.source(), e.line(), e.reason()));
    }
    return new OssecConfigLoader(source).read(doc);
  }

  private OssecConfig read(XmlDocument doc) throws ConfigException {
    for (XmlNode root : doc.roots()) {
      if (!root.is(OssecSchema.ROOT)) {
        report(root, "invalid element at the top level: '" + root.name() + "' (expected <"
            + OssecSchema.ROOT + ">)");
        continue;
      }
      for (String attr : root.attributes().keySet()) {
        report(root, "invalid attribute in <" + OssecSchema.ROOT + ">: '" + attr + "'");
      }
      for (XmlNode child : root.children()) {
        Section s = section(child.name());
        if (s == null) {
          report(child, "invalid element in <" + OssecSchema.ROOT + ">: '" + child.name() + "'");
        } else {
          bySection.get(s).add(child);
        }
      }
    }
    OssecConfig config = build();
    CrossChecks.run(config, problems);
    problems.throwIfAny();
    return config;
  }

  private OssecConfig build() {
    return new OssecConfig(
        GlobalSection.build(merged(GlobalSection.SECTION), problems),
        RulesSection.build(merged(RulesSection.SECTION)),
        AlertsSection.build(merged(AlertsSection.SECTION)),
        SyscheckSection.build(merged(SyscheckSection.SECTION), problems),
        RootcheckSection.build(merged(RootcheckSection.SECTION)),
        present(ClientSection.SECTION) ? ClientSection.build(merged(ClientSection.SECTION), problems) : null,
        listed(RemoteSection.SECTION, RemoteSection::build),
        listed(LocalfileSection.SECTION, v -> LocalfileSection.build(v, problems)),
        listed(CommandSection.SECTION, CommandSection::build),
        listed(ActiveResponseSection.SECTION, v -> ActiveResponseSection.build(v, problems)),
        listed(EmailAlertsSection.SECTION, v -> EmailAlertsSection.build(v, problems)),
        listed(SyslogOutputSection.SECTION, v -> SyslogOutputSection.build(v, problems)),
        present(DatabaseOutputSection.SECTION)
            ? DatabaseOutputSection.build(merged(DatabaseOutputSection.SECTION)) : null,
        listed(AgentlessSection.SECTION, AgentlessSection::build),
        listed(ReportsSection.SECTION, ReportsSection::build),
        AuthSection.build(merged(AuthSection.SECTION)));
  }

  private boolean present(Section s) {
    return !bySection.get(s).isEmpty();
  }

  private SectionValues merged(Section s) {
    List<XmlNode> nodes = bySection.get(s);
    return nodes.isEmpty() ? new SectionValues(s, source, 0, List.of()) : reader.read(s, nodes);
  }

  private <T> List<T> listed(Section s, Function<SectionValues, @Nullable T> build) {
    List<T> out = new ArrayList<>();
    for (XmlNode node : bySection.get(s)) {
      T item = build.apply(reader.read(s, List.of(node)));
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  private static @Nullable Section section(String name) {
    for (Section s : OssecSchema.sections()) {
      if (s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }

  private void report(XmlNode node, String message) {
    problems.report(node.source(), node.line(), message);
  }
}
