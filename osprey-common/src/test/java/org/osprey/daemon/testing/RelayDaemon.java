package org.osprey.daemon.testing;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osprey.daemon.DaemonContext;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueWriter;

/** Forwards every message of one queue to another, unchanged. */
public final class RelayDaemon extends WorkerDaemon {
  private final QueueName output;
  private @Nullable QueueWriter writer;
  private volatile long forwarded;

  public RelayDaemon(String name, QueueName input, QueueName output) {
    super(name, input);
    this.output = output;
  }

  @Override
  protected void open(DaemonContext context) {
    writer = context.queues().writer(output);
    context.counters().publish("forwarded", () -> forwarded);
  }

  @Override
  protected void handle(QueueMessage message) throws InterruptedException {
    if (Objects.requireNonNull(writer).send(message)) {
      forwarded++;
    }
  }
}
