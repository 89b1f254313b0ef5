package org.osprey.config;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code <auth>}: agent enrolment (authd). OSSEC 4.3 takes these settings as ossec-authd's command
 * line flags; Osprey also reads them from ossec.conf, under the names other OSSEC descendants use.
 *
 * @param disabled whether authd is off
 * @param port the TLS port
 * @param useSourceIp whether a new key is bound to the agent's source address ({@code -i})
 * @param usePassword whether agents must give the shared password ({@code -n} turns it off)
 * @param ciphers the TLS cipher list ({@code -c})
 * @param sslAgentCa the CA that agent certificates must be signed by, or null ({@code -v})
 * @param sslVerifyHost whether an agent certificate must name the agent's address
 * @param sslManagerCert the server certificate ({@code -x})
 * @param sslManagerKey the server key ({@code -k})
 */
public record AuthConfig(
    boolean disabled,
    int port,
    boolean useSourceIp,
    boolean usePassword,
    String ciphers,
    @Nullable String sslAgentCa,
    boolean sslVerifyHost,
    String sslManagerCert,
    String sslManagerKey) {

  public AuthConfig {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port);
    }
    Objects.requireNonNull(ciphers, "ciphers");
    Objects.requireNonNull(sslManagerCert, "sslManagerCert");
    Objects.requireNonNull(sslManagerKey, "sslManagerKey");
  }
}
