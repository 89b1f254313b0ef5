package org.osprey.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osprey.testing.SharedReference;

class OssecXmlTest {

  @Test
  void contentIsRawAndUntrimmed() throws Exception {
    XmlDocument doc = OssecXml.parse("<a><b> x y </b><c>\n  z\n</c></a>", "t.xml");
    XmlNode a = doc.roots().getFirst();
    assertThat(a.child("b").content()).isEqualTo(" x y ");
    assertThat(a.child("c").content()).isEqualTo("\n  z\n");
  }

  @Test
  void parentContentIsTheTextAfterItsLastChild() throws Exception {
    XmlNode a = OssecXml.parse("<a>before<b>x</b>after</a>", "t").roots().getFirst();
    assertThat(a.content()).isEqualTo("after");
  }

  @Test
  void backslashLessThanStaysInContent() throws Exception {
    XmlNode p = OssecXml.parse("<pcre2>user=\\<(\\S+)\\></pcre2>", "t").roots().getFirst();
    assertThat(p.content()).isEqualTo("user=\\<(\\S+)\\>");
  }

  @Test
  void rawAmpersandAndEntitiesAreKeptLiterally() throws Exception {
    XmlNode p = OssecXml.parse("<m>a & b &lt; c</m>", "t").roots().getFirst();
    assertThat(p.content()).isEqualTo("a & b &lt; c");
  }

  @Test
  void commentsEndAtDashesOrBangAndVanishFromContent() throws Exception {
    XmlDocument doc = OssecXml.parse(
        "<!-- one -- two --><a>x<!-- in -->y</a><! short !><b/>", "t");
    assertThat(doc.roots()).extracting(XmlNode::name).containsExactly("a", "b");
    assertThat(doc.roots().getFirst().content()).isEqualTo("xy");
  }

  @Test
  void selfClosingElementsHaveEmptyContentAndAttributes() throws Exception {
    XmlNode n = OssecXml.parse("<same_source_ip /><d name = 'x' o=\"y\"/>", "t").roots().get(1);
    assertThat(n.content()).isEmpty();
    assertThat(n.attribute("NAME")).isEqualTo("x");
    assertThat(n.attribute("o")).isEqualTo("y");
  }

  @Test
  void variablesAreSubstitutedAfterTheirDefinition() throws Exception {
    XmlDocument doc = OssecXml.parse(
        "<var name=\"FREQ\">8</var><group name=\"g\"><rule frequency=\"$FREQ\">"
            + "<match>a $FREQ.b$|c</match><x>$</x></rule></group>",
        "t");
    XmlNode rule = doc.roots().getFirst().child("rule");
    assertThat(rule.attribute("frequency")).isEqualTo("8");
    assertThat(rule.child("match").content()).isEqualTo("a 8.b$|c");
    assertThat(doc.variables()).containsEntry("FREQ", "8");
  }

  @Test
  void unknownVariableIsAnErrorWithTheLine() {
    assertThatThrownBy(() -> OssecXml.parse("<var name=\"A\">1</var>\n<m>$BAD</m>", "f.xml"))
        .isInstanceOf(XmlParseException.class)
        .hasMessage("f.xml:2: unknown variable '$BAD' in <m>");
  }

  @Test
  void dollarWithoutVariablesIsLeftAlone() throws Exception {
    assertThat(OssecXml.parse("<m>$X)</m>", "t").roots().getFirst().content()).isEqualTo("$X)");
  }

  @Test
  void mismatchedTagNamesFileAndLine() {
    assertThatThrownBy(() -> OssecXml.parse("<a>\n<b>\n</a>", "bad.xml"))
        .isInstanceOf(XmlParseException.class)
        .hasMessage("bad.xml:3: closing tag </a> does not match <b> opened at line 2");
  }

  @Test
  void unclosedElementIsAnError() {
    assertThatThrownBy(() -> OssecXml.parse("<a><b>x</b>", "u.xml"))
        .isInstanceOf(XmlParseException.class)
        .hasMessageContaining("u.xml:1: element <a> opened at line 1 is not closed");
  }

  @Test
  void duplicateAttributeIsAnError() {
    assertThatThrownBy(() -> OssecXml.parse("<a x='1' X='2'/>", "d.xml"))
        .isInstanceOf(XmlParseException.class)
        .hasMessageContaining("repeated");
  }

  @Test
  void everyReferenceFileLoads() throws IOException {
    Path etc = SharedReference.ossec().resolve("etc");
    List<Path> files;
    try (Stream<Path> s = Files.walk(etc)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".conf"))
          .filter(p -> !p.getFileName().toString().equals("internal_options.conf"))
          .sorted()
          .toList();
    }
    assertThat(files).hasSizeGreaterThan(80);
    java.util.Map<String, String> failures = new java.util.TreeMap<>();
    for (Path f : files) {
      try {
        XmlDocument doc = OssecXml.parse(f);
        assertThat(doc.roots()).as(f.toString()).isNotEmpty();
      } catch (XmlParseException e) {
        failures.put(etc.relativize(f).toString(), e.line() + ": " + e.reason());
      }
    }
    // The one stock file that OSSEC's own reader refuses too: a stray "<b>" after rule 11300.
    assertThat(failures).containsExactly(java.util.Map.entry(
        "rules/translated/pure_ftpd/pure-ftpd_rules_de.xml",
        "66: closing tag </group> does not match <b> opened at line 14"));
  }
}
