package org.osprey.ruleset.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.config.InternalOptions;
import org.osprey.ruleset.OurRuleset;
import org.osprey.ruleset.RulesetHome;

/** {@code osprey ruleset check}: every kind of finding, with its file and line, and a clean ruleset. */
class RulesetCheckTest {
  @TempDir Path home;

  private static final String ROOTS = """
      <group name="syslog,">
        <rule id="1" level="0" noalert="1">
          <category>syslog</category>
          <description>syslog root</description>
        </rule>
      </group>
      <group name="ossec,">
        <rule id="7" level="0" noalert="1">
          <category>ossec</category>
          <description>ossec root</description>
        </rule>
      </group>
      """;

  private static final String DECODERS = """
      <decoder name="app">
        <program_name_pcre2>^app$</program_name_pcre2>
      </decoder>
      <decoder name="selfmon">
        <prematch_pcre2>^selfmon: </prematch_pcre2>
        <type>ossec</type>
      </decoder>
      <decoder name="selfmon-forwarded">
        <parent>selfmon</parent>
        <prematch_pcre2>^selfmon: Alert Level: </prematch_pcre2>
        <plugin_decoder>OSSECAlert_Decoder</plugin_decoder>
      </decoder>
      """;

  /** Lays out an install whose ossec.conf loads {@code decoders} then {@code rules}. */
  private Path install(String decoders, String rules) throws IOException {
    Files.createDirectories(home.resolve("etc"));
    Files.createDirectories(home.resolve("rules"));
    Files.writeString(home.resolve("etc/decoders.xml"), decoders);
    Files.writeString(home.resolve("rules/roots.xml"), ROOTS);
    Files.writeString(home.resolve("rules/test_rules.xml"), rules);
    Files.writeString(home.resolve("etc/internal_options.conf"), InternalOptions.defaultsText());
    Path conf = home.resolve("etc/ossec.conf");
    Files.writeString(conf, """
        <ossec_config>
          <rules>
            <decoder>etc/decoders.xml</decoder>
            <include>roots.xml</include>
            <include>test_rules.xml</include>
          </rules>
        </ossec_config>
        """);
    return conf;
  }

  private List<String> findings(String rules) throws IOException {
    return findings(DECODERS, rules);
  }

  private List<String> findings(String decoders, String rules) throws IOException {
    Path conf = install(decoders, rules);
    return RulesetCheck.run(conf, home).findings().stream()
        .map(f -> f.toString().replace(home.toString() + "/", "")).toList();
  }

  @Test
  void osprey_s_own_ruleset_checks_clean() {
    RulesetHome ours = OurRuleset.home();
    RulesetCheck.Report report = RulesetCheck.run(ours.config(), ours.home());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.out.print("ruleset check on Osprey's ruleset: " + out.toString(StandardCharsets.UTF_8));
    assertThat(report.problems()).isEmpty();
    assertThat(code).isZero();
    assertThat(report.rules()).isGreaterThan(250);
  }

  @Test
  void aCleanRulesetExitsZeroAndSaysSo() throws IOException {
    Path conf = install(DECODERS, """
        <group name="app,">
          <rule id="100" level="0" noalert="1">
            <decoded_as>app</decoded_as>
            <description>app</description>
          </rule>
          <rule id="101" level="5">
            <if_sid>100</if_sid>
            <pcre2>^denied </pcre2>
            <description>denied</description>
          </rule>
        </group>
        """);
    RulesetCheck.Report report = RulesetCheck.run(conf, home);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(report.print(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("ruleset clean: 4 rules from 2 rule files, 1 decoder files\n");
  }

  @Test
  void loadErrorsAreReportedWithFileAndLine() throws IOException {
    List<String> found = findings("""
        <group name="app,">
          <rule id="100" level="3">
            <pcre2>a</pcre2>
            <description>first</description>
          </rule>
          <rule id="100" level="3">
            <pcre2>b</pcre2>
            <description>same id</description>
          </rule>
          <rule id="101" level="3">
            <if_sid>9999</if_sid>
            <description>parent missing</description>
          </rule>
          <rule id="102" level="3">
            <decoded_as>nosuchdecoder</decoded_as>
            <description>decoder missing</description>
          </rule>
        </group>
        """);
    assertThat(found).hasSize(3);
    assertThat(found.get(0)).startsWith("rules/test_rules.xml:6: duplicate rule id 100 (first defined"
        + " at rules/test_rules.xml:2)");
    assertThat(found.get(1)).startsWith("rules/test_rules.xml:10: rule 101: signature ID '9999' not"
        + " found");
    assertThat(found.get(2)).startsWith("rules/test_rules.xml:15: rule 102: invalid decoder name"
        + " 'nosuchdecoder'");
  }

  @Test
  void aSiblingTriedFirstWithFewerConditionsShadowsTheLaterOneAndItsChildren() throws IOException {
    List<String> found = findings("""
        <group name="app,">
          <rule id="100" level="6">
            <pcre2>^denied </pcre2>
            <description>denied</description>
          </rule>
          <rule id="101" level="4">
            <match>admin</match>
            <pcre2>^denied </pcre2>
            <description>denied for admin: never reached</description>
          </rule>
          <rule id="102" level="4">
            <if_sid>101</if_sid>
            <description>below a dead rule</description>
          </rule>
          <rule id="103" level="7">
            <match>root</match>
            <pcre2>^denied </pcre2>
            <description>tried before 100 with a condition 101 lacks: fine</description>
          </rule>
        </group>
        """);
    assertThat(found).containsExactly(
        "rules/test_rules.xml:6: rule 101 can never be the result: rule 100"
            + " (rules/test_rules.xml:2) is tried before it under the same parent, matches whenever"
            + " it does, and always returns",
        "rules/test_rules.xml:11: rule 102 can never be the result: its parent rule 101 never"
            + " matches here");
  }

  @Test
  void aNoalertSiblingDoesNotShadow() throws IOException {
    assertThat(findings("""
        <group name="app,">
          <rule id="100" level="6" noalert="1">
            <pcre2>^denied </pcre2>
            <description>grouping</description>
          </rule>
          <rule id="101" level="5">
            <if_sid>100</if_sid>
            <pcre2>root</pcre2>
            <description>child</description>
          </rule>
          <rule id="102" level="4">
            <pcre2>^denied </pcre2>
            <description>reached when 101 does not match</description>
          </rule>
        </group>
        """)).isEmpty();
  }

  @Test
  void correlationThatCannotSucceedIsReported() throws IOException {
    List<String> found = findings("""
        <group name="app,">
          <rule id="100" level="0" noalert="1">
            <decoded_as>app</decoded_as>
            <description>grouping</description>
          </rule>
          <rule id="101" level="5">
            <if_sid>100</if_sid>
            <pcre2>^denied </pcre2>
            <description>denied</description>
          </rule>
          <rule id="102" level="0" frequency="4">
            <if_matched_sid>101</if_matched_sid>
            <description>level 0 correlation</description>
          </rule>
          <rule id="103" level="10" frequency="4">
            <if_matched_sid>100</if_matched_sid>
            <description>counts a rule that never alerts</description>
          </rule>
          <rule id="104" level="10" frequency="4">
            <if_matched_group>nosuchgroup|app</if_matched_group>
            <decoded_as>app</decoded_as>
            <description>fed by alerting app rules: fine</description>
          </rule>
        </group>
        """);
    assertThat(found).containsExactly(
        "rules/test_rules.xml:11: rule 102 can never be the result: a level-0 correlation rule"
            + " never fires: its search takes every remembered event as already used",
        "rules/test_rules.xml:15: rule 103 can never be the result: it counts events of rule 100,"
            + " which never alerts (noalert), and only alerting events are remembered");
  }

  @Test
  void aNoalertRuleWithNothingBelowIsReported() throws IOException {
    assertThat(findings("""
        <group name="app,">
          <rule id="100" level="0" noalert="1">
            <decoded_as>app</decoded_as>
            <description>grouping without children</description>
          </rule>
        </group>
        """)).containsExactly("rules/test_rules.xml:2: rule 100 is noalert and nothing under it can"
            + " be returned, so it never gives a result (add rules below it or drop noalert)");
  }

  @Test
  void decodedAsADecoderOfAnotherCategoryIsReported() throws IOException {
    assertThat(findings("""
        <group name="app,">
          <rule id="100" level="3">
            <decoded_as>selfmon</decoded_as>
            <description>placed under the syslog root, but selfmon events are of type ossec</description>
          </rule>
          <rule id="101" level="3">
            <category>ossec</category>
            <decoded_as>selfmon</decoded_as>
            <description>right category</description>
          </rule>
        </group>
        """)).containsExactly("rules/test_rules.xml:2: rule 100 can never be the result: it is"
            + " tried only for 'syslog' events, but decoder 'selfmon' gives events of category"
            + " [ossec] (set <category> or if_sid accordingly)");
  }

  @Test
  void nestedRepetitionsInRulesAndDecodersAreReported() throws IOException {
    List<String> found = findings(DECODERS + """
        <decoder name="slow">
          <program_name_pcre2>^slow$</program_name_pcre2>
          <pcre2>^((?:\\w+ )+)x$</pcre2>
          <order>extra_data</order>
        </decoder>
        """, """
        <group name="app,">
          <rule id="100" level="3">
            <pcre2>^(\\S+\\s?)*=$</pcre2>
            <description>nested</description>
          </rule>
        </group>
        """);
    assertThat(found).containsExactly(
        "etc/decoders.xml:13: decoder 'slow': pattern '^((?:\\w+ )+)x$' repeats a group that repeats"
            + " itself ((?:\\w+ )+): a line that almost matches takes exponential time",
        "rules/test_rules.xml:2: note: rule 100: pattern '^(\\S+\\s?)*=$' repeats a group that"
            + " repeats itself ((\\S+\\s?)*) on java.util.regex; it runs on RE2/J, in linear time");
  }

  @Test
  void aBrokenConfigIsAFinding() throws IOException {
    Files.createDirectories(home.resolve("etc"));
    Path conf = home.resolve("etc/ossec.conf");
    Files.writeString(conf, "<ossec_config><rules><include>missing_rules.xml</include></rules>"
        + "</ossec_config>\n");
    RulesetCheck.Report report = RulesetCheck.run(conf, home);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(report.print(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("etc/decoder.xml: cannot read decoder file")
        .contains("rules/missing_rules.xml: cannot read rule file")
        .endsWith("2 problems found\n");
  }
}
