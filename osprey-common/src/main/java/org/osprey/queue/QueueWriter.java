package org.osprey.queue;

/** The writing end of a queue; any number of producers may share one. Thread-safe. */
public interface QueueWriter {

  /** The queue's name. */
  QueueName name();

  /**
   * Offers a message under this writer's {@link PushPolicy}: waits for room (push-back) or, past the
   * policy's wait, drops it and counts the drop.
   *
   * @return true if the queue accepted the message, false if it was dropped (and counted)
   */
  boolean send(QueueMessage message) throws InterruptedException;
}
