package org.osprey.analysis.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.output.Samples.Sample;

/** alerts.json and archives.json lines with Wazuh's names, against golden files. */
class AlertJsonGoldenTest {
  static List<Sample> samples;
  static List<String> lines = new ArrayList<>();
  static TestEngine eng;

  @BeforeAll
  static void format() {
    eng = new TestEngine();
    samples = Samples.alerts(eng);
    AlertJson json = new AlertJson(TestEngine.SERVER, name -> name.equals("web02") ? "002" : null);
    for (Sample s : samples) {
      StringBuilder b = new StringBuilder();
      json.format(s.event(), s.rule(), s.alertId(), s.firedTimes(), b);
      lines.add(b.toString());
    }
  }

  private static Map<String, Object> line(int i) {
    return MiniJson.object(lines.get(i));
  }

  @Test
  void linesMatchTheGoldenFile() {
    Golden.check("alerts.json", String.join("", lines), UTF_8);
  }

  @Test
  void everyLineIsOneCompactObjectEndingInANewline() {
    for (String l : lines) {
      assertThat(l).endsWith("}\n");
      assertThat(l.indexOf('\n')).isEqualTo(l.length() - 1);
      assertThat(MiniJson.parse(l)).isInstanceOf(Map.class);
    }
  }

  @Test
  void ruleUsesWazuhNamesAndSplitsComplianceGroups() {
    Map<String, Object> a = line(0);
    assertThat(MiniJson.at(a, "rule.level")).isEqualTo(5L);
    assertThat(MiniJson.at(a, "rule.id")).isEqualTo("5710");
    assertThat(MiniJson.at(a, "rule.description"))
        .isEqualTo("sshd: someone tried an account that does not exist");
    assertThat(MiniJson.at(a, "rule.mail")).isEqualTo(false);
    assertThat(MiniJson.at(a, "rule.firedtimes")).isEqualTo(1L);
    assertThat(MiniJson.at(a, "rule.cve")).isEqualTo("CVE-2000-0001");
    assertThat(MiniJson.at(a, "rule.info")).isEqualTo("https://www.ossec.net/docs/5710");
    assertThat(MiniJson.at(a, "rule.groups"))
        .isEqualTo(List.of("syslog", "sshd", "invalid_login", "authentication_failed"));
    assertThat(MiniJson.at(a, "rule.pci_dss")).isEqualTo(List.of("10.2.4", "10.2.5"));
    assertThat(MiniJson.at(a, "rule.gdpr")).isEqualTo(List.of("IV_35.7.d"));
    assertThat(MiniJson.at(a, "rule.hipaa")).isEqualTo(List.of("164.312.b"));
    assertThat(MiniJson.at(a, "rule.nist_800_53")).isEqualTo(List.of("AU.14"));
    assertThat(MiniJson.at(a, "rule.tsc")).isEqualTo(List.of("CC6.1"));
    assertThat(MiniJson.at(a, "rule.gpg13")).isEqualTo(List.of("7.1"));
    assertThat(MiniJson.at(a, "rule.cis")).isEqualTo(List.of("5.2"));
  }

  @Test
  void topLevelKeysInWazuhOrder() {
    assertThat(line(0).keySet()).containsExactly("timestamp", "rule", "agent", "manager", "id",
        "full_log", "predecoder", "decoder", "data", "location");
  }

  @Test
  void localEventIsAgent000NamedAfterTheManager() {
    Map<String, Object> a = line(0);
    assertThat(MiniJson.at(a, "agent")).isEqualTo(Map.of("id", "000", "name", "ospreyhost"));
    assertThat(MiniJson.at(a, "manager.name")).isEqualTo("ospreyhost");
    assertThat(MiniJson.at(a, "timestamp")).isEqualTo("2024-01-05T11:00:00.000+0100");
    assertThat(MiniJson.at(a, "id")).isEqualTo("1704448800.1");
    assertThat(MiniJson.at(a, "location")).isEqualTo("/var/log/auth.log");
    assertThat(MiniJson.at(a, "predecoder.program_name")).isEqualTo("sshd");
    assertThat(MiniJson.at(a, "predecoder.hostname")).isEqualTo("web01");
    assertThat(MiniJson.at(a, "predecoder.timestamp")).isEqualTo("Jan  5 11:00:00");
    assertThat(MiniJson.at(a, "decoder.name")).isEqualTo("sshd");
    assertThat(MiniJson.at(a, "decoder.parent")).isEqualTo("sshd");
    assertThat(MiniJson.at(a, "data")).isEqualTo(
        Map.of("srcip", "192.0.2.7", "srcport", "50022", "srcuser", "admin"));
  }

  @Test
  void agentEventNamesTheAgentAndKeepsOnlyTheFileAsLocation() {
    Map<String, Object> a = line(1);
    assertThat(MiniJson.at(a, "agent"))
        .isEqualTo(Map.of("id", "002", "name", "web02", "ip", "192.0.2.10"));
    assertThat(MiniJson.at(a, "location")).isEqualTo("/var/log/secure");
    assertThat(MiniJson.at(a, "data.dstuser")).isEqualTo("root");
    assertThat(MiniJson.at(a, "decoder.ftscomment"))
        .isEqualTo("First time this user logged in this system.");
    Map<String, Object> anyIp = line(7);
    assertThat(MiniJson.at(anyIp, "agent")).isEqualTo(Map.of("name", "db01"));
    assertThat(MiniJson.at(anyIp, "location")).isEqualTo("netstat -tan |grep LISTEN");
  }

  @Test
  void frequencyAlertShowsFrequencyAndEarlierEvents() {
    Map<String, Object> a = line(2);
    assertThat(MiniJson.at(a, "rule.frequency")).isEqualTo(4L);
    assertThat(MiniJson.at(a, "rule.mail")).isEqualTo(true);
    assertThat((String) MiniJson.at(a, "previous_output")).contains("Invalid user guest")
        .contains("\n");
    assertThat(samples.get(2).event().lastEvents()).hasSizeGreaterThan(1);
    assertThat(MiniJson.at(a, "previous_output"))
        .isEqualTo(String.join("\n", samples.get(2).event().lastEvents()));
  }

  @Test
  void checkDiffPreviousOutputJoinsTheLines() {
    assertThat(MiniJson.at(line(7), "previous_output")).isEqualTo("Previous output:\n"
        + "ossec: output: 'netstat -tan |grep LISTEN': tcp 0.0.0.0:22 LISTEN\n" + "z".repeat(1300));
  }

  @Test
  void firewallFieldsGoUnderData() {
    assertThat(MiniJson.at(line(3), "data")).isEqualTo(Map.of("action", "DROP", "protocol", "TCP",
        "srcip", "203.0.113.5", "srcport", "5555", "dstip", "192.0.2.1", "dstport", "22"));
  }

  @Test
  void standardAndDynamicFieldsWithDottedNamesNested() {
    Map<String, Object> a = line(4);
    assertThat(MiniJson.at(a, "data.id")).isEqualTo("42");
    assertThat(MiniJson.at(a, "data.status")).isEqualTo("200");
    assertThat(MiniJson.at(a, "data.url")).isEqualTo("/login");
    assertThat(MiniJson.at(a, "data.system_name")).isEqualTo("portal");
    assertThat(MiniJson.at(a, "data.extra_data")).isEqualTo("x");
    assertThat(MiniJson.at(a, "data.tenant")).isEqualTo("acme");
    assertThat(MiniJson.at(a, "data.geo")).isEqualTo(Map.of("city", "Paris", "country", "FR"));
    assertThat((String) MiniJson.at(a, "full_log")).hasSizeGreaterThan(1500);
  }

  @Test
  void rootcheckTagsJoinTheComplianceArrays() {
    Map<String, Object> a = line(5);
    assertThat(MiniJson.at(a, "rule.pci_dss")).isEqualTo(List.of("10.6.1", "2.2.4"));
    assertThat(MiniJson.at(a, "rule.cis")).isEqualTo(List.of("5.2.8 Debian Linux"));
    assertThat(MiniJson.at(a, "rule.groups")).isEqualTo(List.of("ossec", "rootcheck"));
  }

  @Test
  void syscheckEventsCarryThePathUnderSyscheck() {
    Map<String, Object> a = line(6);
    assertThat(MiniJson.at(a, "syscheck")).isEqualTo(Map.of("path", "/etc/passwd"));
    assertThat(MiniJson.at(a, "data")).isNull();
  }

  @Test
  void ruleWithoutDescriptionLeavesItOut() {
    Map<String, Object> a = line(8);
    assertThat(MiniJson.at(a, "rule.description")).isNull();
    assertThat(MiniJson.at(a, "rule.id")).isEqualTo("100001");
    assertThat(MiniJson.at(a, "rule.firedtimes")).isNull();
    assertThat(MiniJson.at(a, "data.srcuser")).isEqualTo("not-printed");
  }

  @Test
  void archiveLinesHaveNoRuleNorIdWhenNoAlert() {
    TestEngine e2 = new TestEngine();
    var ev = e2.event("1:/var/log/auth.log:Jan  5 11:02:00 web01 sshd[9]: Connection closed by "
        + "192.0.2.7", Samples.T + 120);
    StringBuilder b = new StringBuilder();
    new AlertJson("ospreyhost", AgentIds.UNKNOWN).format(ev, null, 0, 0, b);
    Map<String, Object> a = MiniJson.object(b.toString());
    assertThat(a).doesNotContainKeys("rule", "id");
    assertThat(a.keySet()).containsExactly("timestamp", "agent", "manager", "full_log",
        "predecoder", "decoder", "location");
    Golden.check("archives.json", b.toString(), UTF_8);
  }
}
