package org.osprey.config;

import static org.osprey.config.schema.Types.yesNo;

import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <alerts>} and builds {@link AlertsConfig}. */
final class AlertsSection {
  static final Key<Integer> LOG_ALERT_LEVEL = Key.of("log_alert_level", ConfigTypes.level(),
      "The lowest rule level written to alerts.log.").defaultValue(1);
  static final Key<Integer> EMAIL_ALERT_LEVEL = Key.of("email_alert_level", ConfigTypes.level(),
      "The lowest rule level sent by e-mail.").defaultValue(7);
  static final Key<Boolean> USE_GEOIP = Key.of("use_geoip", yesNo(),
      "Add GeoIP locations to alerts.").defaultValue(false);

  static final Section SECTION = Section.merged("alerts",
      "Which alerts are logged and which are mailed.",
      LOG_ALERT_LEVEL, EMAIL_ALERT_LEVEL, USE_GEOIP);

  private AlertsSection() {}

  static AlertsConfig build(SectionValues v) {
    return new AlertsConfig(v.get(LOG_ALERT_LEVEL), v.get(EMAIL_ALERT_LEVEL), v.get(USE_GEOIP));
  }
}
