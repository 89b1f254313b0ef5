package org.osprey.agent.logcollector.journald;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.osprey.agent.logcollector.json.JsonParseException;

class JournalEntryTest {
  @Test
  void becomesOssecsJournaldEvent() throws JsonParseException {
    JournalEntry e = JournalEntry.parse("{\"__CURSOR\":\"s=1\",\"__REALTIME_TIMESTAMP\":"
        + "\"1772690889123456\",\"_HOSTNAME\":\"web1\",\"SYSLOG_IDENTIFIER\":\"sshd\","
        + "\"MESSAGE\":\"Accepted password for alice from 10.0.0.1 port 22 ssh2\"}");
    assertThat(e.cursor()).isEqualTo("s=1");
    assertThat(e.event(ZoneId.of("Europe/Paris"), "here")).isEqualTo(
        "2026-03-05T07:08:09+01:00 web1 sshd: Accepted password for alice from 10.0.0.1 port 22 ssh2");
    assertThat(e.event(ZoneId.of("Asia/Kolkata"), "here")).startsWith("2026-03-05T11:38:09+05:30 ");
  }

  @Test
  void bytesThatAreNotUtf8ComeBackUnchangedAndMissingFieldsFallBack() throws JsonParseException {
    JournalEntry e = JournalEntry.parse("{\"__CURSOR\":\"c\",\"__REALTIME_TIMESTAMP\":\"0\","
        + "\"_SYSTEMD_UNIT\":\"cron.service\",\"MESSAGE\":[104,105,255]}");
    assertThat(e.message()).isEqualTo("hi\u00ff");
    assertThat(e.event(ZoneOffset.UTC, "agent1")).isEqualTo("1970-01-01T00:00:00+00:00 agent1 cron.service: hi\u00ff");
    JournalEntry multi = JournalEntry.parse("{\"__CURSOR\":\"c\",\"__REALTIME_TIMESTAMP\":\"0\","
        + "\"_COMM\":\"x\",\"MESSAGE\":[\"first\",\"second\"]}");
    assertThat(multi.identifier()).isEqualTo("x");
    assertThat(multi.message()).isEqualTo("first");
    assertThatThrownBy(() -> JournalEntry.parse("{\"MESSAGE\":\"no cursor\"}"))
        .isInstanceOf(JsonParseException.class);
  }
}
