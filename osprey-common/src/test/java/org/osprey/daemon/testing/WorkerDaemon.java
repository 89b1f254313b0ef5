package org.osprey.daemon.testing;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonContext;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;

/**
 * A daemon with one thread that takes messages from its input queue and handles them; at stop it takes
 * no new work from outside but handles everything already queued (drains), then ends.
 */
public abstract class WorkerDaemon implements Daemon {
  private final String name;
  private final QueueName input;
  private volatile boolean running = true;
  private @Nullable Thread worker;

  protected WorkerDaemon(String name, QueueName input) {
    this.name = name;
    this.input = input;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void start(DaemonContext context) throws Exception {
    QueueReader reader = context.queues().reader(input);
    open(context);
    worker = Thread.ofPlatform().name(name).start(() -> loop(reader));
  }

  /** Prepares outputs before the first message. */
  protected abstract void open(DaemonContext context) throws Exception;

  /** Handles one message. */
  protected abstract void handle(QueueMessage message) throws Exception;

  /** Releases outputs after the last message. */
  protected void close() throws Exception {}

  private void loop(QueueReader reader) {
    try {
      while (running) {
        QueueMessage m = reader.poll(Duration.ofMillis(50));
        if (m != null) {
          handle(m);
        }
      }
      for (QueueMessage m = reader.poll(); m != null; m = reader.poll()) {
        handle(m);
      }
      close();
    } catch (Exception e) {
      throw new IllegalStateException(name + " failed", e);
    }
  }

  @Override
  public void stop() {
    running = false;
    Thread t = worker;
    if (t != null) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
