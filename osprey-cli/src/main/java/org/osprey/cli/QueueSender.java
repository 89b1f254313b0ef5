package org.osprey.cli;

import java.io.IOException;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;

/** Hands one message to the daemon that reads a queue (remoted for {@link QueueName#AR}). */
@FunctionalInterface
interface QueueSender {
  /**
   * Sends {@code message} and returns once it is written.
   *
   * @throws IOException when no daemon reads the queue or the write fails
   */
  void send(QueueName queue, QueueMessage message) throws IOException;
}
