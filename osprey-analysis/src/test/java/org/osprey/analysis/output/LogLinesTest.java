package org.osprey.analysis.output;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/** archives.log and firewall.log lines (spec §9.3). */
class LogLinesTest {
  private final TestEngine eng = new TestEngine();

  private static final String[] ARCHIVED = {
      "1:/var/log/auth.log:Jan  5 11:00:00 web01 sshd[4242]: Invalid user admin from 192.0.2.7 "
          + "port 50022",
      "1:(web02) 192.0.2.10->/var/log/secure:Jan  5 11:00:05 web02 sshd[77]: Connection closed",
      "2:10.0.0.3:Jan  5 11:00:06 router7 kernel: caf\u00c3\u00a9 \u00e9t\u00e9",
      "1:/var/log/fw.log:TESTFW accept UDP 203.0.113.5:53 192.0.2.1:5353",
  };

  @Test
  void archiveLinesMatchTheGoldenFile() {
    StringBuilder b = new StringBuilder();
    long t = Samples.T;
    for (String wire : ARCHIVED) {
      assertThat(ArchiveLine.format(eng.event(wire, t++), b)).isTrue();
    }
    Golden.check("archives.log", b.toString(), ISO_8859_1);
    assertThat(b.toString().lines().toList().get(0)).isEqualTo("2024 Jan 05 11:00:00 "
        + "web01->/var/log/auth.log Jan  5 11:00:00 web01 sshd[4242]: Invalid user admin from "
        + "192.0.2.7 port 50022");
    assertThat(b.toString().lines().toList().get(1)).startsWith("2024 Jan 05 11:00:01 (web02) "
        + "192.0.2.10->/var/log/secure Jan  5");
  }

  @Test
  void keepaliveLocationsAreNotArchived() {
    for (String loc : new String[] {"ossec-keepalive", "(a1) 10.0.0.1->ossec-keepalive"}) {
      Event e = new Event('1', loc, "keepalive", Samples.T, TestEngine.ZONE);
      e.setHostname(e.location());
      StringBuilder b = new StringBuilder();
      assertThat(ArchiveLine.format(e, b)).as(loc).isFalse();
      assertThat(b).isEmpty();
    }
    assertThat(ArchiveLine.archived("/var/log/ossec-keepalive.log")).isTrue();
  }

  @Test
  void firewallLinesMatchTheGoldenFile() {
    StringBuilder b = new StringBuilder();
    String[] wires = {
        "1:/var/log/fw.log:TESTFW DROP TCP 203.0.113.5:5555 192.0.2.1:22",
        "1:(gw) 192.0.2.254->/var/log/messages:TESTFW permit UDP 192.0.2.8:53 198.51.100.1:40000",
        "1:/var/log/fw.log:TESTFW teardown ICMP 192.0.2.8:0 198.51.100.1:0",
    };
    long t = Samples.T;
    for (String w : wires) {
      assertThat(FirewallLine.format(eng.decoded(w, t++), b)).isTrue();
    }
    Golden.check("firewall.log", b.toString(), ISO_8859_1);
    assertThat(b.toString().lines().toList().get(0)).isEqualTo(
        "2024 Jan 05 11:00:00 ospreyhost->/var/log/fw.log DROP TCP 203.0.113.5:5555->192.0.2.1:22");
  }

  @Test
  void missingPortsArePrintedAsZero() {
    Event e = eng.decoded("1:/var/log/fw.log:TESTFWSHORT deny TCP 203.0.113.5", Samples.T);
    e.set(Field.DSTIP, "192.0.2.1");
    StringBuilder b = new StringBuilder();
    assertThat(FirewallLine.format(e, b)).isTrue();
    assertThat(b.toString()).endsWith(" DROP TCP 203.0.113.5:0->192.0.2.1:0\n");
  }

  @Test
  void incompleteFirewallEventsHaveNoLine() {
    Event e = eng.decoded("1:/var/log/fw.log:TESTFWSHORT deny TCP 203.0.113.5", Samples.T);
    assertThat(FirewallLine.complete(e)).isFalse();
    StringBuilder b = new StringBuilder();
    assertThat(FirewallLine.format(e, b)).isFalse();
    assertThat(b).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "deny, DROP", "Discard, DROP", "reject, DROP", "block, DROP", "DROP, DROP",
      "close, CLOSED", "Teardown, CLOSED", "CLOSED, CLOSED",
      "accept, ALLOW", "permit, ALLOW", "pass, ALLOW", "open, ALLOW", "ALLOW, ALLOW",
      "x-drop, DROP", "was-ACCEPTED, ALLOW", "log, UNKNOWN", "UNKNOWN, UNKNOWN", "'', UNKNOWN",
  })
  void actionsAreNormalisedAsOssecDoes(String action, String expected) {
    assertThat(FirewallLine.normalizeAction(action)).isEqualTo(expected);
    assertThat(FirewallLine.normalizeAction(expected)).isEqualTo(expected);
  }
}
