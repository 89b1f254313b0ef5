package org.osprey.config;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <remote>}: a listener of remoted.
 *
 * @param connection what it receives
 * @param port the port
 * @param protocol the transport
 * @param allowedIps for syslog, the senders accepted
 * @param deniedIps for syslog, the senders refused
 * @param localIp the address listened on, or null for all
 * @param ipv6 whether to listen on IPv6
 * @param cryptoAccept for secure, the ciphers agents may use
 * @param source the file it was written in
 * @param line its line
 */
public record RemoteConfig(
    Connection connection,
    int port,
    Protocol protocol,
    List<IpRange> allowedIps,
    List<IpRange> deniedIps,
    @Nullable IpRange localIp,
    boolean ipv6,
    CryptoAccept cryptoAccept,
    String source,
    int line) {

  public RemoteConfig {
    Objects.requireNonNull(connection, "connection");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port);
    }
    Objects.requireNonNull(protocol, "protocol");
    allowedIps = List.copyOf(allowedIps);
    deniedIps = List.copyOf(deniedIps);
    Objects.requireNonNull(cryptoAccept, "cryptoAccept");
    Objects.requireNonNull(source, "source");
  }

  /** What a listener receives. */
  public enum Connection {
    /** Encrypted events from agents (default port 1514). */
    SECURE,
    /** Plain syslog from devices (default port 514). */
    SYSLOG
  }

  /** The ciphers a secure listener accepts from agents. */
  public enum CryptoAccept {
    BLOWFISH,
    AES,
    /** Either ({@code both} or {@code any}). */
    ANY
  }
}
