package org.osprey.transport.remoted;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueReader;

/**
 * remoted's AR_Forward: reads {@code queue/alerts/ar} and sends each request to its agents as
 * {@code #!-execd <command>} (or {@code #!-<command>}).
 */
final class ArForwarder implements AutoCloseable {
  private final QueueReader in;
  private final SecureChannel channel;
  private final DaemonLog log;
  private final Thread thread;
  private volatile boolean running = true;
  final LongAdder forwarded = new LongAdder();
  final LongAdder failed = new LongAdder();

  ArForwarder(QueueReader in, SecureChannel channel, DaemonLog log) {
    this.in = in;
    this.channel = channel;
    this.log = log;
    this.thread = Thread.ofPlatform().name("osprey-remoted-ar").start(this::run);
  }

  private void run() {
    try {
      while (running) {
        QueueMessage m = in.poll(Duration.ofMillis(200));
        if (m != null) {
          forward(ArRequest.line(m));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void forward(String line) {
    ArRequest r = ArRequest.parse(line);
    if (r == null) {
      failed.increment();
      log.error("Invalid active response request: '" + line + "'.");
      return;
    }
    int n;
    if (r.all()) {
      n = channel.sendToAgents(null, null, r.controlText());
    } else if (r.byId()) {
      n = channel.sendToAgents(r.agentId(), null, r.controlText());
    } else if (r.byName()) {
      n = channel.sendToAgents(null, r.agentName(), r.controlText());
    } else {
      n = 0;
    }
    if (n == 0 && !r.all()) {
      failed.increment();
      log.error("Unable to send active response to agent '" + (r.byId() ? r.agentId() : r.agentName())
          + "' (unknown, or not heard from lately).");
    } else {
      forwarded.add(n);
    }
  }

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
