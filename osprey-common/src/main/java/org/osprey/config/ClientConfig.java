package org.osprey.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code <client>}: how an agent reaches its manager.
 *
 * @param servers the managers' addresses and host names, in the order tried
 * @param localIp the local address to send from, or null
 * @param port the manager's port
 * @param disableActiveResponse whether this agent refuses active responses
 * @param notifyTime the time between two keepalives
 * @param timeReconnect how long without an answer before the agent looks for another manager
 * @param configProfile the profiles this agent takes from agent.conf, or null
 * @param cryptoMethod the cipher the agent uses
 * @param protocol UDP (OSSEC's channel) or TCP (length-framed, Osprey managers only)
 * @param bufferBytes the disk space for events the manager has not acknowledged yet
 */
public record ClientConfig(
    List<String> servers,
    @Nullable IpRange localIp,
    int port,
    boolean disableActiveResponse,
    Duration notifyTime,
    Duration timeReconnect,
    @Nullable String configProfile,
    CryptoMethod cryptoMethod,
    Protocol protocol,
    long bufferBytes) {

  public ClientConfig {
    servers = List.copyOf(servers);
    if (servers.isEmpty()) {
      throw new IllegalArgumentException("a client needs a server");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port);
    }
    Objects.requireNonNull(notifyTime, "notifyTime");
    Objects.requireNonNull(timeReconnect, "timeReconnect");
    Objects.requireNonNull(cryptoMethod, "cryptoMethod");
    Objects.requireNonNull(protocol, "protocol");
    if (bufferBytes < 1) {
      throw new IllegalArgumentException("buffer size " + bufferBytes);
    }
  }

  /** The agent's cipher. */
  public enum CryptoMethod {
    AES,
    BLOWFISH
  }
}
