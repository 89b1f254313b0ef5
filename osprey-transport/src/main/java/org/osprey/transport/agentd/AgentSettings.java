package org.osprey.transport.agentd;

import java.time.Duration;
import java.util.List;
import org.osprey.config.ClientConfig;
import org.osprey.config.Protocol;
import org.osprey.transport.crypto.CipherMethod;

/**
 * How agentd talks to its manager.
 *
 * @param servers manager addresses or host names, tried in order
 * @param port the manager's port
 * @param protocol UDP (OSSEC) or TCP (Osprey managers)
 * @param method the cipher
 * @param notifyTime between two keepalives
 * @param timeReconnect silence from the manager after which the agent reconnects
 * @param bufferBytes disk kept for unacknowledged events
 * @param window events sent ahead of the last acknowledgement
 * @param resendAfter no acknowledgement progress for this long: send again from the first unacknowledged
 * @param handshakeStep the first wait for the startup ack (OSSEC: 1 s, growing by 1 s per try)
 * @param ackProbe how long to wait for {@code osprey ack} after the first keepalive before treating the
 *     manager as OSSEC's (which acknowledges nothing)
 */
public record AgentSettings(
    List<String> servers,
    int port,
    Protocol protocol,
    CipherMethod method,
    Duration notifyTime,
    Duration timeReconnect,
    long bufferBytes,
    int window,
    Duration resendAfter,
    Duration handshakeStep,
    Duration ackProbe) {

  public AgentSettings {
    servers = List.copyOf(servers);
    if (servers.isEmpty() || window < 1) {
      throw new IllegalArgumentException("an agent needs a server and a window of at least 1");
    }
  }

  /** The settings of {@code <client>}, with Osprey's defaults for the rest. */
  public static AgentSettings of(ClientConfig c) {
    return new AgentSettings(c.servers(), c.port(), c.protocol(),
        c.cryptoMethod() == ClientConfig.CryptoMethod.AES ? CipherMethod.AES : CipherMethod.BLOWFISH,
        c.notifyTime(), c.timeReconnect(), c.bufferBytes(), 2048, Duration.ofSeconds(5), Duration.ofSeconds(1),
        Duration.ofSeconds(2));
  }
}
