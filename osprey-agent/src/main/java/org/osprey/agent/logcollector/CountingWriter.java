package org.osprey.agent.logcollector;

import java.util.concurrent.atomic.LongAdder;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueWriter;

/** A queue writer that counts what it sent and what the queue refused. Thread-safe. */
final class CountingWriter implements QueueWriter {
  private final QueueWriter target;
  private final LongAdder sent = new LongAdder();
  private final LongAdder refused = new LongAdder();

  CountingWriter(QueueWriter target) {
    this.target = target;
  }

  @Override
  public QueueName name() {
    return target.name();
  }

  @Override
  public boolean send(QueueMessage message) throws InterruptedException {
    boolean ok = target.send(message);
    (ok ? sent : refused).increment();
    return ok;
  }

  long sent() {
    return sent.sum();
  }

  long refused() {
    return refused.sum();
  }
}
