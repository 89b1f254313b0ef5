package org.osprey.config;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code <global>}: analysisd's general settings and maild's e-mail settings.
 *
 * @param email the e-mail settings
 * @param logAll whether every event is written to archives.log
 * @param logAllJson whether every event is written to archives.json
 * @param jsonOutput whether alerts are also written to alerts.json
 * @param stats the level of the hourly statistics alerts
 * @param memorySize the size of the event memory (at least 2048, as OSSEC enforces)
 * @param integrityChecking the level of syscheck alerts
 * @param rootkitDetection the level of rootcheck alerts
 * @param hostInformation the level of host-information alerts
 * @param allowList addresses and networks that active response never acts on
 * @param allowHostnames host names that active response never acts on
 * @param customAlertOutput the custom alert line format, or null
 * @param preludeOutput whether alerts go to Prelude
 * @param preludeProfile the Prelude profile, or null
 * @param preludeLogLevel the lowest level sent to Prelude
 * @param zeromqOutput whether alerts are published over ZeroMQ
 * @param zeromqUri the ZeroMQ URI, or null
 * @param zeromqServerCert the ZeroMQ server certificate, or null
 * @param zeromqClientCert the ZeroMQ client certificate, or null
 * @param geoipDb the GeoIP database used for alerts, or null
 * @param geoipDbPath the GeoIP IPv4 database, or null
 * @param geoip6DbPath the GeoIP IPv6 database, or null
 * @param md5AllowList the database of known-good MD5 sums, or null
 */
public record GlobalConfig(
    EmailSettings email,
    boolean logAll,
    boolean logAllJson,
    boolean jsonOutput,
    int stats,
    int memorySize,
    int integrityChecking,
    int rootkitDetection,
    int hostInformation,
    List<IpRange> allowList,
    List<String> allowHostnames,
    @Nullable String customAlertOutput,
    boolean preludeOutput,
    @Nullable String preludeProfile,
    int preludeLogLevel,
    boolean zeromqOutput,
    @Nullable String zeromqUri,
    @Nullable String zeromqServerCert,
    @Nullable String zeromqClientCert,
    @Nullable String geoipDb,
    @Nullable String geoipDbPath,
    @Nullable String geoip6DbPath,
    @Nullable String md5AllowList) {

  public GlobalConfig {
    Objects.requireNonNull(email, "email");
    allowList = List.copyOf(allowList);
    allowHostnames = List.copyOf(allowHostnames);
    if (memorySize < GlobalSection.MIN_MEMORY_SIZE) {
      throw new IllegalArgumentException("memory size " + memorySize);
    }
  }
}
