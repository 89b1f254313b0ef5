package org.osprey.agent.logcollector.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osprey.config.LogFormat;

/** Each OSSEC log format over a real-looking sample, as {@code read_*.c} turns it into events. */
class FormatsTest {
  private final List<String> warnings = new ArrayList<>();
  private final FormatContext ctx = new FormatContext(5887, "agent1",
      InstantSource.fixed(Instant.parse("2026-03-05T07:08:09Z")), ZoneOffset.UTC, warnings::add);

  /** Events as {@code q|text}, after every line of the sample and, if asked, a pause. */
  private List<String> read(LogFormat format, int n, String sample, String file, boolean pause)
      throws Exception {
    return read(Formats.create(format, n, Map.of(), file, ctx), lines(sample), pause);
  }

  private static List<String> read(RecordFormat f, List<String> lines, boolean pause)
      throws InterruptedException {
    List<String> out = new ArrayList<>();
    Emitter e = (q, text) -> out.add(q + "|" + text);
    for (String l : lines) {
      f.line(l, e);
    }
    if (pause) {
      f.endOfData(e);
    }
    return out;
  }

  private static List<String> lines(String sample) throws IOException {
    try (InputStream in = FormatsTest.class.getResourceAsStream("/samples/" + sample)) {
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }
  }

  @Test
  void syslogAndTheOtherOneLineFormatsSendEachLineUnchanged() throws Exception {
    for (LogFormat f : List.of(LogFormat.SYSLOG, LogFormat.GENERIC, LogFormat.SNORT_FAST,
        LogFormat.APACHE, LogFormat.IIS, LogFormat.SQUID, LogFormat.SYSLOG_PIPE)) {
      RecordFormat r = Formats.create(f, 0, Map.of(), "/var/log/x", ctx);
      assertThat(read(r, List.of("Jan  1 00:00:00 host sshd[1]: ok", "", "\u00ff\u00c3("), false))
          .as(f.id()).containsExactly("1|Jan  1 00:00:00 host sshd[1]: ok", "1|", "1|\u00ff\u00c3(");
      assertThat(r.holding()).isFalse();
    }
  }

  @Test
  void snortFullRebuildsEachAlertOnOneLine() throws Exception {
    assertThat(read(LogFormat.SNORT_FULL, 0, "snort-full.log", "/var/log/snort/alert", false))
        .containsExactly(
            "1|[**] [1:1000001:1] ICMP test [**][Classification: Misc activity] [Priority: 3] "
                + "10.0.0.1 -> 10.0.0.2",
            "1|[**] [119:4:1] (http_inspect) BARE BYTE UNICODE ENCODING [**][Classification: "
                + "Preprocessor] [Priority: 3] 10.0.0.3:1234 -> 10.0.0.4:80",
            "1|[**] [1:1421:11] SNMP AgentX/tcp request [**][Classification: Attempted "
                + "Information Leak] [Priority: 2] 10.4.3.20:626 -> 10.4.10.161:705");
    assertThat(warnings).isEmpty();
  }

  @Test
  void snortFullHoldsAnUnfinishedAlertAndReportsABrokenOne() throws Exception {
    RecordFormat r = Formats.create(LogFormat.SNORT_FULL, 0, Map.of(), "/s", ctx);
    assertThat(read(r, List.of("[**] [1:2:3] x [**]"), true)).isEmpty();
    assertThat(r.holding()).isTrue();
    assertThat(read(r, List.of("garbage"), false)).isEmpty();
    assertThat(r.holding()).isFalse();
    assertThat(warnings).singleElement().asString().contains("Bad formatted snort full file");
  }

  @Test
  void mysqlLogPrefixesAndCarriesTheTimestamp() throws Exception {
    assertThat(read(LogFormat.MYSQL_LOG, 0, "mysql.log", "/var/log/mysql.log", false))
        .containsExactly(
            "a|MySQL log: 070823 21:01:30 12 Connect     root@localhost on ",
            "a|MySQL log: 070823 21:01:30 2 Query       SELECT 1",
            "a|MySQL log: 070823 21:23:08 2 Query       INSERT INTO signature(id) VALUES (NULL)");
  }

  @Test
  void postgresqlJoinsTabbedContinuationsAndSendsTheLastRecordOnAPause() throws Exception {
    RecordFormat r = Formats.create(LogFormat.POSTGRESQL_LOG, 0, Map.of(), "/pg", ctx);
    List<String> lines = lines("postgresql.log");
    assertThat(read(r, lines, false)).containsExactly(
        "b|[2007-08-31 19:17:32.186 ADT] 192.168.2.99:ossecdb: LOG:  statement: SELECT id "
            + "\tFROM alerts \tWHERE level > 7");
    assertThat(r.holding()).isTrue();
    assertThat(read(r, List.of(), true)).containsExactly(
        "b|[2007-08-31 19:17:33.000 ADT] 192.168.2.99:ossecdb: LOG:  disconnection: session "
            + "time: 0:00:01");
    assertThat(r.holding()).isFalse();
  }

  @Test
  void mssqlJoinsContinuations() throws Exception {
    assertThat(read(LogFormat.MSSQL_LOG, 0, "mssql.log", "/m", true)).containsExactly(
        "1|2009-03-25 04:47:30.01 Server      Microsoft SQL Server 2005 - 9.00.1399.06 "
            + "(Intel X86)  \tOct 14 2005 00:33:37 ",
        "1|2009-03-25 04:47:30.02 Logon       Login failed for user 'sa'. [CLIENT: 10.0.0.9]");
  }

  @Test
  void djbMultilogBuildsASyslogHeaderFromTheProgramDirectory() throws Exception {
    assertThat(read(LogFormat.DJB_MULTILOG, 0, "djb-current.log", "/var/log/qmail/current", false))
        .containsExactly(
            "a|Mar 05 07:08:09 agent1 qmail: new msg 12345: bytes 1024 from <a@example.com> qp 99 "
                + "uid 0",
            "a|Apr 27 14:50:32 mailhost qmail: status: local 0/10 remote 1/20");
    assertThatThrownBy(() -> Formats.create(LogFormat.DJB_MULTILOG, 0, Map.of(), "/var/log/x.log",
        ctx)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid DJB multilog file");
    assertThat(DjbMultilog.programName("/current")).isNull();
  }

  @Test
  void nmapgListsTheOpenPortsOnTheHostinfoQueue() throws Exception {
    assertThat(read(LogFormat.NMAPG, 0, "nmap.gnmap", "/var/log/nmap.gnmap", false))
        .containsExactly("3|Host: 10.0.0.1 (web1), open ports: 22(tcp) 80(tcp)");
    RecordFormat r = Formats.create(LogFormat.NMAPG, 0, Map.of(), "/n", ctx);
    assertThat(read(r, List.of("nonsense"), false)).isEmpty();
    assertThat(warnings).singleElement().asString().contains("Bad formatted nmap grepable file");
  }

  @Test
  void auditGroupsTheRecordsOfOneEvent() throws Exception {
    RecordFormat r = Formats.create(LogFormat.AUDIT, 0, Map.of(), "/var/log/audit/audit.log", ctx);
    List<String> lines = lines("audit.log");
    List<String> first = read(r, lines, false);
    assertThat(first).singleElement().asString()
        .startsWith("1|type=SYSCALL msg=audit(1364481363.243:24287): arch=c000003e")
        .contains("key=(null) type=CWD msg=audit(1364481363.243:24287):  cwd=\"/home/shadowman\" "
            + "type=PATH msg=audit(1364481363.243:24287): item=0");
    assertThat(r.holding()).isTrue();
    assertThat(read(r, List.of(), true)).singleElement().asString()
        .startsWith("1|type=USER_LOGIN msg=audit(1364481400.000:24290)");
    assertThat(read(r, List.of("not audit"), true)).isEmpty();
    assertThat(warnings).singleElement().asString().contains("invalid syntax");
  }

  @Test
  void auditKeepsAtMostSixteenRecordsPerEvent() throws Exception {
    RecordFormat r = Formats.create(LogFormat.AUDIT, 0, Map.of(), "/a", ctx);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add("type=PATH msg=audit(1.0:7): item=" + i);
    }
    assertThat(read(r, lines, true)).singleElement().asString()
        .contains("item=15").doesNotContain("item=16");
  }

  @Test
  void modsecAuditJoinsATransactionFromItsAToItsOwnZMarker() throws Exception {
    List<String> out = read(LogFormat.MODSEC_AUDIT, 0, "modsec-audit.log", "/m", false);
    assertThat(out).containsExactly("1|--a1b2c3d4-A-- [09/Feb/2015:16:47:55 +0000] "
        + "VNkA238AAQEAAEULYMwAAAAA 172.16.10.87 50050 172.16.10.91 80 --a1b2c3d4-B-- GET "
        + "/wordpress/?p=1 HTTP/1.1 Host: 172.16.10.91  --a1b2c3d4-C-- a=1&x=--evil-Z-- --evil-Z-- "
        + "--a1b2c3d4-H-- Message: Warning. Pattern match \"union select\" at ARGS:p. "
        + "--a1b2c3d4-Z--");
    assertThat(ModsecAudit.marker("--abc-Z--\r")).isEqualTo(new ModsecAudit.Marker("abc", 'Z'));
    assertThat(ModsecAudit.marker("--abc-Z--x")).isNull();
    assertThat(ModsecAudit.marker("--" + "a".repeat(64) + "-A--")).isNull();
  }

  @Test
  void modsecAuditHoldsAnOpenTransactionAndDropsAnOversizedOne() throws Exception {
    RecordFormat r = Formats.create(LogFormat.MODSEC_AUDIT, 0, Map.of(), "/m", ctx);
    assertThat(read(r, List.of("--x1-A--", "line"), true)).isEmpty();
    assertThat(r.holding()).isTrue();
    List<String> body = new ArrayList<>();
    for (int i = 0; i < ModsecAudit.MAX_LINES; i++) {
      body.add("body " + i);
    }
    body.add("--x1-Z--");
    assertThat(read(r, body, true)).isEmpty();
    assertThat(r.holding()).isFalse();
    assertThat(warnings).singleElement().asString().contains("exceeded 96 lines");
  }

  @Test
  void multiLineJoinsEveryNLines() throws Exception {
    RecordFormat r = Formats.create(LogFormat.MULTI_LINE, 3, Map.of(), "/m", ctx);
    assertThat(read(r, List.of("a", "b", "c", "d"), true)).containsExactly("1|a b c");
    assertThat(r.holding()).isTrue();
    assertThat(read(r, List.of("e", "f"), false)).containsExactly("1|d e f");
  }

  @Test
  void multiLineIndentedJoinsIndentedContinuations() throws Exception {
    RecordFormat r = Formats.create(LogFormat.MULTI_LINE_INDENTED, 0, Map.of(), "/m", ctx);
    assertThat(read(r, List.of("Exception in x", "\tat a.b(C.java:1)", "  at d.e", "next one",
        "", "third"), true))
        .containsExactly("1|Exception in x \tat a.b(C.java:1)   at d.e", "1|next one", "1|third");
  }

  @Test
  void joinedRecordsAreCutAtTheMaximumLength() throws Exception {
    FormatContext small = new FormatContext(10, "h", ctx.clock(), ctx.zone(), warnings::add);
    RecordFormat r = Formats.create(LogFormat.MULTI_LINE, 2, Map.of(), "/m", small);
    assertThat(read(r, List.of("123456", "789012"), false)).containsExactly("1|123456 789");
  }

  @Test
  void jsonAddsLabelsThatTheObjectDoesNotHave() throws Exception {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("env", "prod");
    labels.put("app", "pay\"ment");
    labels.put("team", "caf\u00e9");
    RecordFormat r = Formats.create(LogFormat.JSON, 0, labels, "/j", ctx);
    assertThat(read(r, List.of("{\"msg\":\"hi\",\"app\":\"mine\"}", "{ }", "  {\"a\":[1,{}]}  "),
        false)).containsExactly(
            "1|{\"msg\":\"hi\",\"app\":\"mine\",\"env\":\"prod\",\"team\":\"caf\u00c3\u00a9\"}",
            "1|{ \"env\":\"prod\",\"app\":\"pay\\\"ment\",\"team\":\"caf\u00c3\u00a9\"}",
            "1|  {\"a\":[1,{}],\"env\":\"prod\",\"app\":\"pay\\\"ment\",\"team\":\"caf\u00c3\u00a9\"}  ");
  }

  @Test
  void aLineThatIsNotAJsonObjectIsSentAsItIsAndReported() throws Exception {
    RecordFormat r = Formats.create(LogFormat.JSON, 0, Map.of("k", "v"), "/j", ctx);
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      bad.add("[" + i + "]");
    }
    bad.add("{\"x\":");
    assertThat(read(r, bad, false)).hasSize(13).first().isEqualTo("1|[0]");
    assertThat(warnings).hasSize(JsonLines.REPORTED);
    assertThat(warnings.getLast()).contains("not reported");
  }

  @Test
  void formatsThatDoNotReadFilesAreRefused() {
    for (LogFormat f : List.of(LogFormat.COMMAND, LogFormat.FULL_COMMAND, LogFormat.JOURNALD,
        LogFormat.EVENTLOG, LogFormat.EVENTCHANNEL, LogFormat.OSSECALERT)) {
      assertThat(Formats.readsFiles(f)).isFalse();
      assertThatThrownBy(() -> Formats.create(f, 0, Map.of(), "/x", ctx))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
