package org.osprey.queue;

/** A writer that offers messages to one {@link MessageQueue} under one {@link PushPolicy}. */
record PolicyWriter(MessageQueue target, PushPolicy policy, int maxFrame) implements QueueWriter {

  @Override
  public QueueName name() {
    return target.name();
  }

  @Override
  public boolean send(QueueMessage message) throws InterruptedException {
    // The wire form is 3 characters plus location and text, one byte each in Latin-1.
    long length = 3L + message.location().length() + message.text().length();
    if (length > maxFrame) {
      target.recordRejected(1);
      return false;
    }
    return target.push(message, policy);
  }
}
