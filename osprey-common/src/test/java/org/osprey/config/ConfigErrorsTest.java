package org.osprey.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The problems a bad ossec.conf reports: golden messages with file and line. */
class ConfigErrorsTest {
  private static final String SOURCE = "etc/ossec.conf";

  private static List<String> problems(String text) {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> OssecConfig.parse(text, SOURCE));
    assertThat(e).as("expected a ConfigException").isNotNull();
    assertThat(e.retriable()).isFalse();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void unknownElementInASection() {
    assertThat(problems("""
        <ossec_config>
          <global>
            <logall>no</logall>
            <foo>bar</foo>
          </global>
        </ossec_config>
        """)).containsExactly("etc/ossec.conf:4: invalid element in <global>: 'foo'");
  }

  @Test
  void unknownSectionAndUnknownRoot() {
    assertThat(problems("""
        <ossec_config>
          <globals><logall>no</logall></globals>
        </ossec_config>
        <agent_config><syscheck/></agent_config>
        """)).containsExactly(
            "etc/ossec.conf:2: invalid element in <ossec_config>: 'globals'",
            "etc/ossec.conf:4: invalid element at the top level: 'agent_config' (expected <ossec_config>)");
  }

  @Test
  void badNumber() {
    assertThat(problems("""
        <ossec_config>
          <global>
            <email_maxperhour>abc</email_maxperhour>
          </global>
        </ossec_config>
        """)).containsExactly(
            "etc/ossec.conf:3: invalid value for <email_maxperhour>: 'abc' (expected a number 1-9999)");
  }

  @Test
  void numberOutOfRange() {
    assertThat(problems("""
        <ossec_config>
          <global><email_maxperhour>10000</email_maxperhour></global>
          <alerts><log_alert_level>17</log_alert_level></alerts>
        </ossec_config>
        """)).containsExactly(
            "etc/ossec.conf:2: invalid value for <email_maxperhour>: '10000' (expected a number 1-9999)",
            "etc/ossec.conf:3: invalid value for <log_alert_level>: '17' (expected a number 0-16)");
  }

  @Test
  void badYesNo() {
    assertThat(problems("""
        <ossec_config>
          <syscheck>
            <scan_on_start>maybe</scan_on_start>
          </syscheck>
        </ossec_config>
        """)).containsExactly(
            "etc/ossec.conf:3: invalid value for <scan_on_start>: 'maybe' (expected yes or no)");
  }

  @Test
  void unknownAttributeAndBadAttributeValue() {
    assertThat(problems("""
        <ossec_config>
          <syscheck>
            <directories check_all="yes" check_everything="yes">/etc</directories>
            <directories realtime="sometimes">/bin</directories>
          </syscheck>
        </ossec_config>
        """)).containsExactly(
            "etc/ossec.conf:3: invalid attribute in <directories>: 'check_everything'",
            "etc/ossec.conf:4: invalid value for attribute 'realtime' of <directories>: 'sometimes' (expected yes or no)");
  }

  @Test
  void enumValue() {
    assertThat(problems("""
        <ossec_config>
          <remote>
            <connection>secured</connection>
          </remote>
        </ossec_config>
        """)).containsExactly(
            "etc/ossec.conf:3: invalid value for <connection>: 'secured' (expected one of secure, syslog)");
  }

  @Test
  void missingRequiredElements() {
    assertThat(problems("""
        <ossec_config>
          <localfile>
            <location>/var/log/messages</location>
          </localfile>
          <localfile>
            <log_format>syslog</log_format>
          </localfile>
          <localfile>
            <log_format>full_command</log_format>
            <location>netstat -tan</location>
          </localfile>
        </ossec_config>
        """)).containsExactly(
            "etc/ossec.conf:2: missing <log_format> in <localfile>",
            "etc/ossec.conf:5: missing <location> in <localfile>",
            "etc/ossec.conf:8: missing <command> in <localfile> (log_format 'full_command' runs a command)");
  }

  @Test
  void activeResponseNeedsAKnownCommandThatAllowsTimeouts() {
    assertThat(problems("""
        <ossec_config>
          <command>
            <name>restart-ossec</name>
            <executable>restart-ossec.sh</executable>
            <expect></expect>
          </command>
          <active-response>
            <command>firewall-drop</command>
            <location>local</location>
          </active-response>
          <active-response>
            <command>restart-ossec</command>
            <location>server</location>
            <timeout>600</timeout>
          </active-response>
          <active-response>
            <command>restart-ossec</command>
            <location>defined-agent</location>
          </active-response>
        </ossec_config>
        """)).containsExactly(
            "etc/ossec.conf:7: invalid command in <active-response>: 'firewall-drop' (no <command> has that name)",
            "etc/ossec.conf:11: timeout not allowed for command 'restart-ossec' (its <timeout_allowed> is no)",
            "etc/ossec.conf:16: missing <agent_id> in <active-response> (location defined-agent)");
  }

  @Test
  void everyProblemOfAFileIsReportedTogetherInLineOrder() {
    List<String> found = problems("""
        <ossec_config>
          <global>
            <logall>perhaps</logall>
            <white_list>10.0.0.0/8</white_list>
          </global>
          <client>
            <server-ip>300.1.1.1</server-ip>
          </client>
          <syscheck>
            <frequency>-5</frequency>
            <directories>/etc</directories>
          </syscheck>
          <syslog_output>
            <port>514</port>
          </syslog_output>
          <email_alerts>
            <email_to>alice@example.com</email_to>
          </email_alerts>
        </ossec_config>
        <ossec_config>
          <remote><connection>syslog</connection></remote>
          <remote><connection>syslog</connection><protocol>udp</protocol></remote>
        </ossec_config>
        """);
    assertThat(found).containsExactly(
        "etc/ossec.conf:3: invalid value for <logall>: 'perhaps' (expected yes or no)",
        "etc/ossec.conf:6: missing <server-ip> or <server-hostname> in <client>",
        "etc/ossec.conf:7: invalid value for <server-ip>: '300.1.1.1' (expected an IP address)",
        "etc/ossec.conf:10: invalid value for <frequency>: '-5' (expected seconds 0-2147483647, or a number with s, m, h, d or w)",
        "etc/ossec.conf:11: no option given for <directories>: '/etc' (add check_all=\"yes\" or a check_* attribute)",
        "etc/ossec.conf:13: missing <server> in <syslog_output>",
        "etc/ossec.conf:16: invalid <email_alerts>: it needs a filter (<level>, <rule_id>, <group>, <event_location>) or a format option besides <email_to>",
        "etc/ossec.conf:22: port 514/udp is already used by the <remote> at line 21");
  }

  @Test
  void xmlErrorsNameTheLine() {
    assertThat(problems("""
        <ossec_config>
          <global>
            <logall>no</logal>
          </global>
        </ossec_config>
        """)).singleElement().asString()
        .startsWith("etc/ossec.conf:3: closing tag </logal> does not match <logall>");
  }

  @Test
  void childrenOfAValueAndAttributesOfASectionAreRefused() {
    assertThat(problems("""
        <ossec_config>
          <alerts mode="fast">
            <log_alert_level>1<extra/></log_alert_level>
          </alerts>
        </ossec_config>
        """)).containsExactly(
            "etc/ossec.conf:2: invalid attribute in <alerts>: 'mode'",
            "etc/ossec.conf:3: invalid element in <log_alert_level>: 'extra'");
  }

  @Test
  void aMissingFileIsAProblemOfTheWholeFile() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> OssecConfig.load(java.nio.file.Path.of("no/such/ossec.conf")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isZero();
      assertThat(p.toString()).startsWith("no/such/ossec.conf: cannot read the file");
    });
  }
}
