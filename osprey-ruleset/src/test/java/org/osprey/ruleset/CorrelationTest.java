package org.osprey.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.logtest.Logtest;
import org.osprey.analysis.logtest.LogtestOptions;

/**
 * Rules that depend on earlier events (frequency, first time seen, changed command output), fed as
 * sequences through one engine whose clock stands still, so every event falls in every timeframe.
 * Each check looks at the rule chosen for the last line of the sequence.
 */
class CorrelationTest {
  private final Logtest logtest = new Logtest(
      InstantSource.fixed(Instant.parse("2024-03-05T10:00:00Z")), ZoneOffset.UTC);

  /** Whether the last of {@code lines} gives {@code rule:level:decoder}. */
  private boolean lastGives(String expected, List<String> lines) throws IOException {
    RulesetHome home = OurRuleset.home();
    LogtestOptions o = LogtestOptions.parse(List.of("-q", "-c", home.config().toString(), "-D",
        home.home().toString(), "-H", "osprey-test", "-U", expected));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.ISO_8859_1);
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    return logtest.run(OurRuleset.runner().ruleset(), o, new ByteArrayInputStream(input), ps, ps)
        == 0;
  }

  private static List<String> times(int n, IntFunction<String> line) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(line.apply(i));
    }
    return out;
  }

  @Test
  void sshBruteForceWithUnknownAccountsFiresOnTheEighthFromOneAddress() throws IOException {
    IntFunction<String> invalid = i -> "Mar  5 10:00:0" + (i % 10) + " web1 sshd[" + (2000 + i)
        + "]: Invalid user user" + i + " from 203.0.113.9 port " + (40000 + i);
    assertThat(lastGives("5710:5:sshd", times(7, invalid))).isTrue();
    assertThat(lastGives("5712:10:sshd", times(8, invalid))).isTrue();
    IntFunction<String> spread = i -> "Mar  5 10:00:01 web1 sshd[2000]: Invalid user admin from"
        + " 203.0.113." + i + " port 40000";
    assertThat(lastGives("5710:5:sshd", times(8, spread))).isTrue();
  }

  @Test
  void sshPasswordFailuresFireOnTheEighthFromOneAddress() throws IOException {
    IntFunction<String> failed = i -> "Mar  5 10:00:01 web1 sshd[2100]: Failed password for root"
        + " from 203.0.113.9 port " + (41000 + i) + " ssh2";
    assertThat(lastGives("5716:5:sshd", times(7, failed))).isTrue();
    assertThat(lastGives("5720:10:sshd", times(8, failed))).isTrue();
  }

  @Test
  void deniedAccountsRepeatedFire() throws IOException {
    IntFunction<String> denied = i -> "Mar  5 10:00:01 web1 sshd[2200]: User root from 203.0.113."
        + i + " not allowed because not listed in AllowUsers";
    assertThat(lastGives("5719:10:sshd", times(8, denied))).isTrue();
  }

  @Test
  void reverseDnsAndTimeoutStormsFireOnTheSixth() throws IOException {
    IntFunction<String> dns = i -> "Mar  5 10:00:01 web1 sshd[2300]: reverse mapping checking"
        + " getaddrinfo for h" + i + ".example [203.0.113." + i + "] failed - POSSIBLE BREAK-IN"
        + " ATTEMPT!";
    assertThat(lastGives("5702:5:sshd", times(5, dns))).isTrue();
    assertThat(lastGives("5703:10:sshd", times(6, dns))).isTrue();
    IntFunction<String> timeout = i -> "Mar  5 10:00:01 web1 sshd[2400]: fatal: Timeout before"
        + " authentication for 203.0.113." + i + " port 5000" + i;
    assertThat(lastGives("5705:10:sshd", times(6, timeout))).isTrue();
  }

  @Test
  void crcCompensationAttackAfterCorruptedPackets() throws IOException {
    String bytes = "Mar  5 10:00:01 web1 sshd[2600]: Corrupted check bytes on input.";
    String attack = "Mar  5 10:00:01 web1 sshd[2600]: fatal: Local: crc32 compensation attack:"
        + " network attack detected";
    assertThat(lastGives("5713:6:sshd", List.of(bytes))).isTrue();
    assertThat(lastGives("5714:14:sshd", List.of(bytes, bytes, attack))).isTrue();
  }

  @Test
  void pamFailuresFromOneAddressFire() throws IOException {
    IntFunction<String> pam = i -> "Mar  5 10:00:01 web1 sshd[2500]: pam_unix(sshd:auth):"
        + " authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.9"
        + "  user=root";
    assertThat(lastGives("5503:5:pam", times(7, pam))).isTrue();
    assertThat(lastGives("5551:10:pam", times(8, pam))).isTrue();
  }

  @Test
  void dropbearBruteForceFires() throws IOException {
    IntFunction<String> bad = i -> "Mar  5 10:00:01 router1 dropbear[" + (300 + i) + "]: Bad"
        + " password attempt for 'root' from 192.0.2.44:" + (50000 + i);
    assertThat(lastGives("51003:5:dropbear", times(7, bad))).isTrue();
    assertThat(lastGives("51004:10:dropbear", times(8, bad))).isTrue();
    IntFunction<String> unknown = i -> "Mar  5 10:00:01 router1 dropbear[" + (400 + i) + "]:"
        + " Login attempt for nonexistent user from 192.0.2.44:" + (50000 + i);
    assertThat(lastGives("51007:10:dropbear", times(8, unknown))).isTrue();
  }

  @Test
  void telnetScanAndDroppedConnectionFire() throws IOException {
    IntFunction<String> connect = i -> "Mar  5 10:00:01 old1 in.telnetd[" + (600 + i) + "]:"
        + " connect from 198.51.100.23 (198.51.100.23)";
    assertThat(lastGives("5631:10:telnetd", times(8, connect))).isTrue();
    assertThat(lastGives("5603:5:telnetd", List.of(connect.apply(1),
        "Mar  5 10:00:01 old1 in.telnetd[601]: ttloop:  peer died: EOF"))).isTrue();
  }

  @Test
  void firstTimeRulesFireOnceThenTheOrdinaryRuleTakesOver() throws IOException {
    String sudo = "Mar  5 19:00:00 web1 sudo[2210]:    alice : TTY=pts/0 ; PWD=/home/alice ;"
        + " USER=root ; COMMAND=/usr/bin/id";
    assertThat(lastGives("5403:4:sudo", List.of(sudo))).isTrue();
    assertThat(lastGives("5402:3:sudo", List.of(sudo, sudo))).isTrue();
    String su = "Mar  5 18:01:00 web1 su[3150]: (to root) alice on pts/2";
    assertThat(lastGives("5303:3:su", List.of(su, su))).isTrue();
    String ssh = "Mar  5 09:12:44 web1 sshd[22410]: Accepted password for alice from 198.51.100.7"
        + " port 51234 ssh2";
    assertThat(lastGives("5715:3:sshd", List.of(ssh, ssh))).isTrue();
    String agent = "ossec: Agent started: 'web01->192.0.2.21'.";
    assertThat(lastGives("503:3:ossec", List.of(agent, agent))).isTrue();
  }

  @Test
  void listeningPortsAlertWhenTheOutputChanges() throws IOException {
    String before = "ossec: output: 'netstat -tan listening ports': LISTEN 0 128 0.0.0.0:22 0.0.0.0:*";
    String after = "ossec: output: 'netstat -tan listening ports': LISTEN 0 128 0.0.0.0:22 0.0.0.0:*"
        + " LISTEN 0 128 0.0.0.0:4444 0.0.0.0:*";
    assertThat(lastGives("530:0:ossec", List.of(before, before))).isTrue();
    assertThat(lastGives("533:7:ossec", List.of(before, after))).isTrue();
  }

  @Test
  void ldapBindFailureCountsOnlyOnAConnectionJustOpened() throws IOException {
    String accept = "Mar  5 10:00:01 ldap1 slapd[1190]: conn=1042 fd=14 ACCEPT from"
        + " IP=192.0.2.10:51234 (IP=0.0.0.0:389)";
    String bind = "Mar  5 10:00:01 ldap1 slapd[1190]: conn=1042 op=0 BIND"
        + " dn=\"uid=alice,ou=people,dc=example,dc=org\" method=128";
    String refused = "Mar  5 10:00:01 ldap1 slapd[1190]: conn=1042 op=0 RESULT tag=97 err=49 text=";
    assertThat(lastGives("2509:5:openldap", List.of(accept, bind, refused))).isTrue();
    assertThat(lastGives("2507:0:openldap", List.of(accept, bind,
        refused.replace("conn=1042", "conn=2001")))).isTrue();
  }

  /**
   * As in OSSEC, an event whose rule some if_matched_sid rule counts (sshd's 5716 for 5720) goes to that
   * rule's list only, never to the group lists; Windows logon failures feed the group list.
   */
  @Test
  void failedLoginsFromEverywhereAddUpToABurst() throws IOException {
    IntFunction<String> failed = i -> "2024 Mar 05 10:00:01 WinEvtLog: Security: AUDIT_FAILURE(4625):"
        + " Microsoft-Windows-Security-Auditing: (no user): no domain: WS01: An account failed to log"
        + " on. Logon Type: 3 Account Name: user" + i + " Source Network Address: 198.51.100." + i
        + " Source Port: 0";
    assertThat(lastGives("18106:5:windows", times(11, failed))).isTrue();
    assertThat(lastGives("40111:10:windows", times(12, failed))).isTrue();
  }

  @Test
  void successAfterGuessingFromTheSameAddressFires() throws IOException {
    IntFunction<String> failed = i -> "Mar  5 10:00:01 web1 sshd[2100]: Failed password for root"
        + " from 203.0.113.9 port " + (41000 + i) + " ssh2";
    List<String> lines = new ArrayList<>(times(8, failed));
    lines.add("Mar  5 10:00:02 web1 sshd[2101]: Accepted password for root from 203.0.113.9 port"
        + " 41999 ssh2");
    assertThat(lastGives("40112:12:sshd", lines)).isTrue();
    lines.set(8, lines.get(8).replace("203.0.113.9", "192.0.2.77"));
    assertThat(lastGives("40112:12:sshd", lines)).isFalse();
  }

  /**
   * 40101 sits below every authentication_success rule, and, as in OSSEC, each of its alerts enters the
   * attacks group list once per place: one login as a service account is already enough history for
   * 40501's count of four.
   */
  @Test
  void accountCreatedAfterAttacksFires() throws IOException {
    String daemonLogin = "Mar  5 10:00:01 web1 sshd[2501]: Accepted password for daemon from"
        + " 203.0.113.1 port 40000 ssh2";
    String useradd = "Mar  5 10:00:05 web1 useradd[2600]: new user: name=sysupd, UID=0, GID=0,"
        + " home=/root, shell=/bin/bash, from=/dev/pts/0";
    assertThat(lastGives("5902:8:shadow-utils", List.of(useradd))).isTrue();
    assertThat(lastGives("40501:15:shadow-utils", List.of(daemonLogin, useradd))).isTrue();
  }

  @Test
  void manyConnectionsFromOneAddressAreAScan() throws IOException {
    IntFunction<String> connect = i -> "Mar  5 10:00:01 old1 rshd[" + (3000 + i) + "]: Connection"
        + " from 203.0.113.66 on illegal port";
    assertThat(lastGives("2551:10:rshd", times(11, connect))).isTrue();
    assertThat(lastGives("40601:10:rshd", times(12, connect))).isTrue();
  }
}
