package org.osprey.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.analysis.engine.Analyzer;
import org.osprey.analysis.engine.EngineState;
import org.osprey.analysis.engine.Outcome;
import org.osprey.analysis.engine.RuleMatcher;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.logtest.Logtest;
import org.osprey.analysis.logtest.LogtestOptions;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.config.OssecConfig;
import org.osprey.queue.QueueMessage;
import org.osprey.testing.SharedReference;

/**
 * Syscheck, rootcheck, hostinfo and accumulated events through OSSEC's stock ruleset and the
 * reference server configuration (ossec_rules.xml 509-581, syslog_rules.xml 2507-2509).
 */
class StockRulesEndToEndTest {
  static final long T0 = 1_700_000_000L;
  static final String SUM_A = "1024:33188:0:0:d41d8cd98f00b204e9800998ecf8427e:"
      + "da39a3ee5e6b4b0d3255bfef95601890afd80709";
  static final String SUM_B = "2048:33188:0:0:0cc175b9c0f1b6a831c399e269772661:"
      + "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8";

  @TempDir static Path work;
  static Path home;
  static Ruleset ruleset;
  static OssecConfig config;

  @TempDir Path queue;
  InternalDecoders internal;
  Analyzer analyzer;
  long time = T0;

  static LogtestOptions options(String... more) {
    List<String> args = new ArrayList<>(List.of("-q", "-c",
        home.resolve("etc/ossec-server.conf").toString(), "-D", home.toString(), "-H", "manager"));
    args.addAll(List.of(more));
    return LogtestOptions.parse(args);
  }

  @BeforeAll
  static void loadStockRuleset() throws Exception {
    Path ref = SharedReference.ossec();
    home = work.resolve("ossec-home");
    Files.createDirectories(home);
    Files.createSymbolicLink(home.resolve("etc"), ref.resolve("etc"));
    Files.createSymbolicLink(home.resolve("rules"), ref.resolve("etc/rules"));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    ruleset = new Logtest(InstantSource.system(), ZoneOffset.UTC)
        .load(options(), new PrintStream(errors, true, StandardCharsets.ISO_8859_1));
    assertThat(ruleset).as(errors.toString(StandardCharsets.ISO_8859_1)).isNotNull();
    config = OssecConfig.load(home.resolve("etc/ossec-server.conf"));
  }

  @BeforeEach
  void build() throws Exception {
    analyzer(SyscheckSettings.from(config.syscheck()));
  }

  private void analyzer(SyscheckSettings settings) throws Exception {
    if (internal != null) {
      internal.close();
    }
    internal = new InternalDecoders(queue, ruleset.decoders(), settings);
    analyzer = new Analyzer(new PreDecoder("manager", ZoneOffset.UTC), ruleset.decoders(),
        new RuleMatcher(ruleset.rules()), EngineState.forLogtest(ruleset), true, internal);
  }

  @AfterEach
  void close() throws Exception {
    internal.close();
  }

  private Outcome send(String wire) {
    return analyzer.analyze(QueueMessage.parse(wire), time++, new Captures());
  }

  private static void assertAlert(Outcome o, int rule, int level) {
    assertThat(o.verdict()).isEqualTo(Outcome.Verdict.ALERT);
    assertThat(o.rule()).isNotNull();
    assertThat(o.rule().id()).isEqualTo(rule);
    assertThat(o.rule().level()).isEqualTo(level);
  }

  @Test
  void aChangedChecksumGives550ThenAgain551And552ThenSilence() {
    assertThat(send("8:syscheck:" + SUM_A + " /etc/passwd").verdict())
        .isEqualTo(Outcome.Verdict.DROPPED);
    Outcome changed = send("8:syscheck:" + SUM_B + " /etc/passwd");
    assertAlert(changed, 550, 7);
    assertThat(changed.event().fullLog()).startsWith(
        "Integrity checksum changed for: '/etc/passwd'\nSize changed from '1024' to '2048'\n");
    assertThat(changed.event().get(Field.FILENAME)).isEqualTo("/etc/passwd");
    assertAlert(send("8:syscheck:" + SUM_A + " /etc/passwd"), 551, 7);
    assertAlert(send("8:syscheck:" + SUM_B + " /etc/passwd"), 552, 7);
    assertThat(send("8:syscheck:" + SUM_A + " /etc/passwd").verdict())
        .isEqualTo(Outcome.Verdict.DROPPED);
  }

  @Test
  void agentEventsUseTheAgentsDatabase() {
    String loc = "8:(web01) 10.0.0.2->syscheck:";
    send(loc + SUM_A + " /etc/passwd");
    Outcome o = send(loc + SUM_B + " /etc/passwd");
    assertAlert(o, 550, 7);
    assertThat(o.event().hostname()).isEqualTo("(web01) 10.0.0.2->syscheck");
    assertThat(queue.resolve("syscheck/(web01) 10.0.0.2->syscheck")).exists();
  }

  @Test
  void deletionGives553() {
    send("8:syscheck:" + SUM_A + " /etc/passwd");
    assertAlert(send("8:syscheck:-1 /etc/passwd"), 553, 7);
  }

  @Test
  void aNewFileGives554WithAlertNewFiles() throws Exception {
    analyzer(new SyscheckSettings(true, true, List.of()));
    Outcome o = send("8:syscheck:" + SUM_A + " /usr/bin/new");
    assertAlert(o, 554, 5);
    assertThat(o.event().fullLog()).startsWith("New file '/usr/bin/new' added to the file system.");
  }

  @Test
  void ignoredFilesOfTheServerConfigurationAreDropped() {
    send("8:syscheck:" + SUM_A + " /etc/mtab");
    assertThat(send("8:syscheck:" + SUM_B + " /etc/mtab").verdict())
        .isEqualTo(Outcome.Verdict.DROPPED);
  }

  @Test
  void aRootcheckFindingGives510OnlyTheFirstTime() {
    String finding = "9:rootcheck:Rootkit 'Adore' detected by the presence of file '/dev/.adore'.";
    assertAlert(send(finding), 510, 7);
    Outcome again = send(finding);
    assertThat(again.verdict()).isEqualTo(Outcome.Verdict.LEVEL_ZERO);
    assertThat(again.rule().id()).isEqualTo(509);
    Outcome scan = send("9:rootcheck:Starting rootcheck scan.");
    assertThat(scan.verdict()).isEqualTo(Outcome.Verdict.LEVEL_ZERO);
    assertThat(scan.rule().id()).isEqualTo(515);
  }

  @Test
  void hostinfoGives581ThenOn580AChangeAndDropsTheUnchanged() {
    String loc = "3:/var/log/nmap.log:";
    assertAlert(send(loc + "Host: 10.0.0.1 (web), open ports: 22(tcp) 80(tcp)"), 581, 8);
    assertThat(send(loc + "Host: 10.0.0.1 (web), open ports: 22(tcp) 80(tcp)").verdict())
        .isEqualTo(Outcome.Verdict.DROPPED);
    assertAlert(send(loc + "Host: 10.0.0.1 (web), open ports: 22(tcp)"), 580, 8);
  }

  @Test
  void theAccumulatorCarriesOpenLdapFieldsToTheResultLine() {
    String p = "1:/var/log/ldap.log:Jan 11 09:26:57 ldaphost slapd[20872]: conn=999999 ";
    assertAlert(send(p + "fd=64 ACCEPT from IP=10.10.248.27:33957 (IP=10.10.241.77:389)"), 2508,
        3);
    send(p + "op=0 BIND dn=\"uid=example,ou=People,dc=example,dc=com\" method=128");
    Outcome failed = send(p + "op=0 RESULT tag=97 err=49 text=");
    assertAlert(failed, 2509, 5);
    assertThat(failed.event().get(Field.SRCIP)).isEqualTo("10.10.248.27");
    assertThat(failed.event().get(Field.DSTUSER)).isEqualTo("example");
  }

  @Test
  void logtestAnnouncesAndRunsTheAccumulator() throws Exception {
    String p = "Jan 11 09:26:57 ldaphost slapd[20872]: conn=1 ";
    String input = p + "fd=64 ACCEPT from IP=10.10.248.27:33957 (IP=10.10.241.77:389)\n"
        + p + "op=0 RESULT tag=97 err=49 text=\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
    int code = new Logtest(InstantSource.fixed(Instant.ofEpochSecond(T0)), ZoneOffset.UTC)
        .run(ruleset, options("-a"),
            new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)), ps, ps);
    String printed = out.toString(StandardCharsets.ISO_8859_1);
    assertThat(code).isZero();
    assertThat(printed).contains("**ACCUMULATOR: LEVEL UP!!**");
    assertThat(printed).contains("Rule: 2509 (level 5)");
    assertThat(printed).contains("Src IP: 10.10.248.27");
  }
}
