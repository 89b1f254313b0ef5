package org.osprey.transport.remoted;

import java.io.IOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.codec.Counter;

/**
 * Writes agents' receive counters ({@code queue/rids}) off the decrypting workers: a worker hands over the
 * position it reached every {@code recv_counter_flush} messages, and one thread writes the newest position
 * of each agent (an older one not yet written is skipped). What gets written is exactly what the worker
 * saw at that message, so the files read the same as when the worker wrote them itself.
 */
final class CounterFlusher implements AutoCloseable {
  /**
   * An agent's position at one message.
   *
   * @param counter the last accepted counter pair
   * @param streamId the Osprey agent's buffer id, or null
   * @param lastSeq the last sequence number queued for that buffer
   */
  record Position(Counter counter, @Nullable String streamId, long lastSeq) {}

  /** Reports a failed write (retriable: the next position tries again). */
  interface Failure {
    void failed(AgentSession s, IOException e);
  }

  private final SessionTable sessions;
  private final Failure failure;
  private final LinkedBlockingQueue<AgentSession> dirty = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean running = true;

  CounterFlusher(SessionTable sessions, Failure failure) {
    this.sessions = sessions;
    this.failure = failure;
    this.thread = Thread.ofPlatform().name("osprey-remoted-rids").daemon(true).unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  /** Called by the session's worker: {@code p} is to be written. */
  void offer(AgentSession s, Position p) {
    if (s.pending.getAndSet(p) == null) {
      dirty.add(s);
    }
  }

  private void run() {
    while (running || !dirty.isEmpty()) {
      AgentSession s;
      try {
        s = dirty.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        continue;
      }
      if (s != null) {
        write(s);
      }
    }
  }

  private void write(AgentSession s) {
    Position p = s.pending.getAndSet(null);
    if (p != null) {
      try {
        sessions.write(s.key.id(), p);
      } catch (IOException e) {
        failure.failed(s, e);
      }
    }
  }

  /** Writes what is pending and stops. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
