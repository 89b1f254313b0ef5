package org.osprey.transport.remoted;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.codec.AgentEvents;
import org.osprey.transport.codec.Counter;
import org.osprey.transport.codec.ReplayGuard;
import org.osprey.transport.crypto.ChannelCipher;
import org.osprey.transport.crypto.CipherMethod;
import org.osprey.transport.keys.AgentKey;

/**
 * What remoted keeps per agent. The receive-side fields (guard, sequence, last keepalive) are touched only
 * by the worker that owns the agent's slot; the reply fields are volatile because senders read them.
 */
final class AgentSession {
  final AgentKey key;
  final ChannelCipher cipher;
  final int slot;
  final ReplayGuard guard;
  /** Messages received since the counter was last stored. */
  int sinceFlush;
  volatile CipherMethod method = CipherMethod.AES;
  volatile @Nullable ReplyPath reply;
  /**
   * Held from taking a sender counter to handing the datagram to the path: the agent drops a message
   * whose counter is not above the last one it saw, so two threads sending to one agent (the worker's
   * acks, the AR forwarder, the shared-file push) must not overtake each other.
   */
  final Object sendLock = new Object();
  volatile @Nullable Instant lastControl;
  @Nullable String lastKeepalive;
  /** Osprey agents: their buffer's id and the last sequence number queued. */
  volatile boolean osprey;
  @Nullable String streamId;
  long lastSeq = -1;
  /** Whether an {@code osprey ack} is owed. */
  boolean ackOwed;
  int unacked;
  volatile boolean pushing;
  /** The position handed to the {@link CounterFlusher} and not yet written. */
  final AtomicReference<CounterFlusher.@Nullable Position> pending = new AtomicReference<>();
  /** {@code (name) ip->}, the start of every queue location of this agent. */
  final String locationPrefix;

  AgentSession(AgentKey key, int slot, Counter stored, boolean verify, @Nullable String streamId, long lastSeq) {
    this.key = key;
    this.cipher = new ChannelCipher(key.encryptionKeyBytes());
    this.slot = slot;
    this.guard = new ReplayGuard(stored, verify);
    this.streamId = streamId;
    this.lastSeq = lastSeq;
    this.locationPrefix = AgentEvents.locationPrefix(key);
  }

  /** The receive position now (owner worker, or anyone once the workers stopped). */
  CounterFlusher.Position position() {
    return new CounterFlusher.Position(guard.last(), streamId, lastSeq);
  }
}
