package org.osprey.config;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <syslog_output>}: a syslog server that csyslogd forwards matching alerts to.
 *
 * @param server the server's address or host name
 * @param port its port
 * @param format the message format
 * @param level the lowest level forwarded
 * @param ruleIds the rule ids forwarded (empty: any)
 * @param group an OS_Match pattern on the alert's groups, or null
 * @param location an OS_Match pattern on the alert's location, or null
 * @param useFqdn whether the full host name is sent
 * @param protocol the transport
 * @param tls whether the TCP connection uses TLS
 * @param tlsVerify whether the server's certificate is checked
 * @param tlsCa the CA file for the check, or null for the system's
 * @param source the file it was written in
 * @param line its line
 */
public record SyslogOutputConfig(
    String server,
    int port,
    Format format,
    int level,
    List<Integer> ruleIds,
    @Nullable String group,
    @Nullable String location,
    boolean useFqdn,
    Protocol protocol,
    boolean tls,
    boolean tlsVerify,
    @Nullable String tlsCa,
    String source,
    int line) {

  public SyslogOutputConfig {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(format, "format");
    ruleIds = List.copyOf(ruleIds);
    Objects.requireNonNull(protocol, "protocol");
    if (tls && protocol != Protocol.TCP) {
      throw new IllegalArgumentException("TLS needs TCP");
    }
    Objects.requireNonNull(source, "source");
  }

  /** The message format. */
  public enum Format {
    DEFAULT,
    CEF,
    JSON,
    SPLUNK
  }
}
