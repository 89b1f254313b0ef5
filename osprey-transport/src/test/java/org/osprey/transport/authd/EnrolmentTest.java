package org.osprey.transport.authd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The request and reply texts of spec §10, without sockets. */
class EnrolmentTest {
  static final String KEY = "2a1b5e8b1c04d8f0b6e1c7a3f2d9e4b5c6a7d8e9f0a1b2c3d4e5f60718293a4b";

  @Test
  void requestsAsOssecsAgentAuthWritesThem() {
    assertThat(Enrolment.request("web1", null)).isEqualTo("OSSEC A:'web1'\n");
    assertThat(Enrolment.request("web1", "pw")).isEqualTo("OSSEC PASS: pw OSSEC A:'web1'\n");
  }

  @Test
  void theServerReadsThePasswordThenTheNameToItsQuote() {
    assertThat(Enrolment.parse("OSSEC A:'web1'\n", null)).isEqualTo(new Enrolment.Enrol("web1"));
    assertThat(Enrolment.parse("OSSEC PASS: pw OSSEC A:'web1' IP:'10.0.0.1'\n", "pw"))
        .isEqualTo(new Enrolment.Enrol("web1"));
    assertThat(Enrolment.parse("OSSEC PASS: pwx OSSEC A:'web1'\n", "pw")).isInstanceOf(Enrolment.BadPassword.class);
    assertThat(Enrolment.parse("OSSEC A:'web1'\n", "pw")).isInstanceOf(Enrolment.BadPassword.class);
    assertThat(Enrolment.parse("OSSEC PASS: pw", "pw")).isInstanceOf(Enrolment.BadPassword.class);
    assertThat(Enrolment.parse("OSSEC A:'web1\n", null)).isInstanceOf(Enrolment.Malformed.class);
    assertThat(Enrolment.parse("GET / HTTP/1.0\r\n", null)).isInstanceOf(Enrolment.Malformed.class);
  }

  @Test
  void repliesAndTheirCheckOnTheAgent() throws Exception {
    assertThat(new String(Enrolment.errorReply("Invalid agent name: x")))
        .isEqualTo("ERROR: Invalid agent name: x\n\nERROR: Unable to add agent.\n\n");
    var k = Enrolment.parseReply("OSSEC K:'1024 web1 any " + KEY + "'\n\n");
    assertThat(new String(Enrolment.keyReply(k))).isEqualTo("OSSEC K:'1024 web1 any " + KEY + "'\n\n");
    assertThat(Enrolment.parseReply("OSSEC K:'1025 db 10.1.2.3 " + KEY + "'").address().text()).isEqualTo("10.1.2.3");
    for (String bad : new String[] {"1024 web1 10.0.0.0/8 " + KEY, "10x web1 any " + KEY, "1024 w any " + KEY,
        "1024 web1 any " + KEY.substring(1), "1024 web1 any " + KEY + " extra"}) {
      assertThatThrownBy(() -> Enrolment.parseReply("OSSEC K:'" + bad + "'\n\n"))
          .isInstanceOf(EnrolmentException.class).hasMessageContaining("invalid key");
    }
    assertThatThrownBy(() -> Enrolment.parseReply("ERROR: Invalid agent name: x\n\nERROR: Unable to add agent.\n\n"))
        .hasMessage("the manager refused: Invalid agent name: x");
    assertThatThrownBy(() -> Enrolment.parseReply("")).hasMessageContaining("without a key");
  }
}
