package org.osprey.transport.authd;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How ossec-authd runs.
 *
 * @param bind the address and port to listen on (OSSEC: every address, 1515)
 * @param tls the server certificate, key, optional agent CA and ciphers
 * @param password the shared password, or null when none is required ({@code -n})
 * @param useSourceIp whether new keys get the agent's source address instead of {@code any} ({@code -i})
 * @param verifyHost with a CA: whether the agent's certificate must name its source address
 * @param ioTimeout the time a connection has for the handshake and its request (OSSEC: 30 s)
 * @param maxConnections connections served at once; more are closed at once
 */
public record AuthdSettings(
    InetSocketAddress bind,
    Tls tls,
    @Nullable String password,
    boolean useSourceIp,
    boolean verifyHost,
    Duration ioTimeout,
    int maxConnections) {

  /** OSSEC's I/O timeout. */
  public static final Duration IO_TIMEOUT = Duration.ofSeconds(30);

  public AuthdSettings {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(tls, "tls");
    if (tls.certificate() == null) {
      throw new IllegalArgumentException("authd needs a server certificate and key");
    }
    if (ioTimeout.isNegative() || ioTimeout.isZero() || maxConnections < 1) {
      throw new IllegalArgumentException("ioTimeout and maxConnections must be positive");
    }
    if (password != null && (password.isEmpty() || password.contains("\n"))) {
      throw new IllegalArgumentException("the password must be one non-empty line");
    }
  }
}
