package org.osprey.transport.remoted;

import java.time.Duration;
import org.osprey.config.RemoteConfig;

/**
 * remoted's settings.
 *
 * @param cryptoAccept the ciphers agents may use
 * @param verifyCounters {@code remoted.verify_msg_id}
 * @param flushEvery {@code remoted.recv_counter_flush}: messages between two writes of an agent's counter
 * @param workers decrypting threads (agents are spread over them, each agent on one)
 * @param workQueue datagrams waiting per worker before the listener counts an overload and drops
 * @param replyWindow how long after its last control message an agent can be sent to (OSSEC: 1200 s)
 * @param notifyTime the agents' keepalive interval, for status and the shared-file cycle
 */
public record RemotedSettings(
    RemoteConfig.CryptoAccept cryptoAccept,
    boolean verifyCounters,
    int flushEvery,
    int workers,
    int workQueue,
    Duration replyWindow,
    Duration notifyTime) {

  public RemotedSettings {
    if (flushEvery < 1 || workers < 1 || workQueue < 1) {
      throw new IllegalArgumentException("flushEvery, workers and workQueue must be positive");
    }
  }

  /** OSSEC's defaults. */
  public static RemotedSettings defaults() {
    return new RemotedSettings(RemoteConfig.CryptoAccept.ANY, true, 128,
        Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors() / 2)), 65536,
        Duration.ofSeconds(1200), Duration.ofSeconds(600));
  }
}
