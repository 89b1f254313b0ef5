package org.osprey.analysis.output;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.alert.AlertText;
import org.osprey.analysis.output.Samples.Sample;

/** OSSEC's alerts.log block (spec §9.2) for the sample alerts, against a golden file. */
class AlertTextGoldenTest {
  static List<Sample> samples;
  static String text;

  @BeforeAll
  static void format() {
    samples = Samples.alerts(new TestEngine());
    StringBuilder b = new StringBuilder();
    for (Sample s : samples) {
      AlertText.format(s.event(), s.rule(), s.alertId(), b);
    }
    text = b.toString();
  }

  @Test
  void blocksMatchTheGoldenFile() {
    Golden.check("alerts.log", text, ISO_8859_1);
  }

  private static String block(int i) {
    Sample s = samples.get(i);
    return AlertText.format(s.event(), s.rule(), s.alertId());
  }

  @Test
  void mailFlagLeavesTwoSpacesBeforeTheDash() {
    assertThat(block(2)).startsWith("** Alert 1704448815.3: mail  - syslog,sshd,"
        + "authentication_failures,\n");
    assertThat(block(0)).startsWith("** Alert 1704448800.1: - syslog,sshd,invalid_login,");
  }

  @Test
  void localEventsShowHostnameArrowLocationAgentsOnlyTheLocation() {
    assertThat(block(0).lines().toList().get(1))
        .isEqualTo("2024 Jan 05 11:00:00 web01->/var/log/auth.log");
    assertThat(block(1).lines().toList().get(1))
        .isEqualTo("2024 Jan 05 11:00:05 (web02) 192.0.2.10->/var/log/secure");
  }

  @Test
  void extraLinesInOssecsOrderAndOnlyDstuser() {
    assertThat(block(8)).contains("Rule: 100001 (level 2) -> '(null)'\nSrc IP: 10.1.1.1\n"
        + "Src Port: 1234\nDst IP: 10.2.2.2\nDst Port: 80\nUser: bob\n");
    assertThat(block(8)).doesNotContain("not-printed");
    assertThat(block(1)).contains("\nUser: root\n");
  }

  @Test
  void earlierEventsFollowTheLogEachCutAt1256Bytes() {
    List<String> lines = block(7).lines().toList();
    assertThat(lines.get(4)).isEqualTo("Previous output:");
    assertThat(lines.get(6)).hasSize(1256).matches("z+");
    assertThat(block(7)).endsWith("z\n\n");
    assertThat(block(4).lines().filter(l -> l.startsWith("webapp:")).findFirst().orElseThrow())
        .hasSize(1256);
    assertThat(block(2).lines().filter(l -> l.contains("Invalid user guest"))).hasSizeGreaterThan(1);
  }
}
