package org.osprey.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osprey.config.ConfigException;
import org.osprey.config.InternalOptions;
import org.osprey.config.OssecConfig;

/** What the outputs read from ossec.conf and the internal options. */
class OutputSettingsTest {

  @Test
  void readsGlobalAlertsAndInternalOptions() throws ConfigException {
    OssecConfig conf = OssecConfig.parse("""
        <ossec_config>
          <global>
            <jsonout_output>yes</jsonout_output>
            <logall>yes</logall>
            <stats>6</stats>
            <custom_alert_output>$RULEID $FULLLOG</custom_alert_output>
          </global>
          <alerts>
            <log_alert_level>3</log_alert_level>
            <email_alert_level>9</email_alert_level>
          </alerts>
        </ossec_config>
        """, "ossec.conf");
    InternalOptions opts = InternalOptions.parse(InternalOptions.defaultsText(), "internal",
        "analysisd.stats_mindiff=20\nanalysisd.log_fw=0\n", "local");
    OutputSettings s = OutputSettings.from(conf, opts, "mgr");
    assertThat(s.jsonOutput()).isTrue();
    assertThat(s.logAll()).isTrue();
    assertThat(s.logAllJson()).isFalse();
    assertThat(s.logFirewall()).isFalse();
    assertThat(s.customAlertOutput()).isEqualTo("$RULEID $FULLLOG");
    assertThat(s.statsLevel()).isEqualTo(6);
    assertThat(s.stats()).isEqualTo(new HourlyStats.Settings(20, 999000, 150));
    assertThat(s.logAlertLevel()).isEqualTo(3);
    assertThat(s.emailAlertLevel()).isEqualTo(9);
    assertThat(s.managerName()).isEqualTo("mgr");
    assertThat(s.kinds()).containsExactlyInAnyOrder(LogKind.ALERTS, LogKind.ALERTS_JSON,
        LogKind.ARCHIVES);
  }

  @Test
  void defaultsWriteAlertsAndFirewall() throws ConfigException {
    OutputSettings s = OutputSettings.from(OssecConfig.defaults(), InternalOptions.defaults(), "m");
    assertThat(s.kinds()).containsExactlyInAnyOrder(LogKind.ALERTS, LogKind.FIREWALL);
    assertThat(s.stats()).isEqualTo(HourlyStats.Settings.DEFAULTS);
    assertThat(s.customAlertOutput()).isNull();
  }
}
