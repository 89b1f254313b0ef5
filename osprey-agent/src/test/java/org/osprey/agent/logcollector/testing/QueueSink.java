package org.osprey.agent.logcollector.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.osprey.queue.InMemoryQueueHub;
import org.osprey.queue.QueueHub;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;
import org.osprey.queue.QueueSettings;
import org.osprey.queue.QueueWriter;

/** The analysis queue of a test, drained into a list by a background thread. */
public final class QueueSink implements AutoCloseable {
  private final InMemoryQueueHub hub = new InMemoryQueueHub(QueueSettings.DEFAULT);
  private final List<QueueMessage> got = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  public QueueSink() throws IOException {
    QueueReader reader = hub.reader(QueueName.ANALYSIS);
    thread = Thread.ofPlatform().daemon().start(() -> {
      try {
        while (running) {
          QueueMessage m = reader.poll(Duration.ofMillis(20));
          if (m != null) {
            synchronized (got) {
              got.add(m);
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }

  public QueueHub hub() {
    return hub;
  }

  public QueueWriter writer() {
    return hub.writer(QueueName.ANALYSIS);
  }

  /** Everything received so far. */
  public List<QueueMessage> messages() {
    synchronized (got) {
      return List.copyOf(got);
    }
  }

  /** The wire forms received so far. */
  public List<String> wires() {
    return messages().stream().map(QueueMessage::wire).toList();
  }

  /** The texts received on {@code location}. */
  public List<String> texts(String location) {
    return messages().stream().filter(m -> m.location().equals(location)).map(QueueMessage::text)
        .toList();
  }

  /** Waits (at most 10 s) until {@code condition} holds for what was received, and returns it. */
  public List<QueueMessage> await(Predicate<List<QueueMessage>> condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    List<QueueMessage> now = messages();
    while (!condition.test(now) && System.nanoTime() < end) {
      Thread.sleep(5);
      now = messages();
    }
    assertThat(condition.test(now)).as("condition on %s", now).isTrue();
    return now;
  }

  /** Waits until {@code n} texts arrived on {@code location}, and returns them. */
  public List<String> awaitTexts(String location, int n) throws InterruptedException {
    await(all -> all.stream().filter(m -> m.location().equals(location)).count() >= n);
    return texts(location);
  }

  /** Waits a little longer and checks that nothing more arrived on {@code location}. */
  public void assertNoMore(String location, int n, Duration wait) throws InterruptedException {
    Thread.sleep(wait.toMillis());
    assertThat(texts(location)).hasSize(n);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join();
  }
}
