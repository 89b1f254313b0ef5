package org.osprey.analysis.output;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.output.Samples.Sample;

/** {@code <custom_alert_output>} lines. */
class CustomAlertFormatTest {
  static final String TEMPLATE = "$TIMESTAMP.$FTELL $RULEALERT[$RULEID/$RULELEVEL] $RULECOMMENT "
      + "host=$HOSTNAME loc=$LOCATION src=$SRCIP user=$DSTUSER groups=$RULEGROUP log=$FULLLOG";

  private static String format(String template, Sample s) {
    StringBuilder b = new StringBuilder();
    CustomAlertFormat.compile(template).format(s.event(), s.rule(), s.alertId(), b);
    return b.toString();
  }

  @Test
  void samplesMatchTheGoldenFile() {
    StringBuilder b = new StringBuilder();
    for (Sample s : Samples.alerts(new TestEngine())) {
      b.append(format(TEMPLATE, s));
    }
    Golden.check("custom-alerts.log", b.toString(), ISO_8859_1);
  }

  @Test
  void everyTokenIsReplaced() {
    List<Sample> samples = Samples.alerts(new TestEngine());
    assertThat(format(TEMPLATE, samples.get(0))).isEqualTo("1704448800.1 [5710/5] sshd: someone "
        + "tried an account that does not exist host=web01 loc=/var/log/auth.log src=192.0.2.7 "
        + "user=None groups=syslog,sshd,invalid_login,authentication_failed,pci_dss_10.2.4,"
        + "pci_dss_10.2.5,gdpr_IV_35.7.d,hipaa_164.312.b,nist_800_53_AU.14,tsc_CC6.1,gpg13_7.1,"
        + "cis_5.2, log=Jan  5 11:00:00 web01 sshd[4242]: Invalid user admin from 192.0.2.7 port "
        + "50022\n");
    assertThat(format("$RULEALERT|$HOSTNAME|$DSTUSER", samples.get(2)))
        .isEqualTo("mail |web01|None\n");
    assertThat(format("$HOSTNAME $DSTUSER", samples.get(1)))
        .isEqualTo("(web02) 192.0.2.10->/var/log/secure root\n");
    assertThat(format("[$RULECOMMENT]", samples.get(8))).isEqualTo("[]\n");
  }

  @Test
  void newlinesInTheLogAreEscapedOtherValuesAreCut() {
    Sample s = Samples.alerts(new TestEngine()).get(0);
    Event e = s.event();
    e.setFullLog("a\nb\rc");
    e.setHostname("h".repeat(2000));
    assertThat(format("$FULLLOG", s)).isEqualTo("a\\nb\\nc\n");
    assertThat(format("$HOSTNAME", s)).hasSize(CustomAlertFormat.VALUE_LIMIT + 1);
  }

  @Test
  void valuesAreNeverReadAsTokensAndUnknownWordsStay() {
    Sample s = Samples.alerts(new TestEngine()).get(0);
    s.event().setFullLog("$RULEID $LOCATION");
    assertThat(format("$FULLLOG $RULEID $NOTATOKEN $ $", s))
        .isEqualTo("$RULEID $LOCATION 5710 $NOTATOKEN $ $\n");
  }
}
