package org.osprey.config;

/**
 * {@code <alerts>}: which alerts are logged and mailed.
 *
 * @param logAlertLevel the lowest level written to the alert logs
 * @param emailAlertLevel the lowest level sent by e-mail
 * @param useGeoip whether alerts carry GeoIP locations
 */
public record AlertsConfig(int logAlertLevel, int emailAlertLevel, boolean useGeoip) {

  public AlertsConfig {
    if (logAlertLevel < 0 || logAlertLevel > 16 || emailAlertLevel < 0 || emailAlertLevel > 16) {
      throw new IllegalArgumentException("alert levels " + logAlertLevel + ", " + emailAlertLevel);
    }
  }
}
