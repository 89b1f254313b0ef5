package org.osprey.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MessageQueueTest {
  private static final QueueName Q = QueueName.ANALYSIS;

  private static QueueMessage msg(int i) {
    return new QueueMessage('1', "test", "event " + i);
  }

  @Test
  void blockingProducerWaitsForRoomInsteadOfDropping() throws Exception {
    MessageQueue q = new MessageQueue(Q, "in", 2);
    assertThat(q.push(msg(1), PushPolicy.BLOCK)).isTrue();
    assertThat(q.push(msg(2), PushPolicy.BLOCK)).isTrue();
    CompletableFuture<Boolean> third =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return q.push(msg(3), PushPolicy.BLOCK);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(100);
    assertThat(third).as("still waiting for room").isNotDone();
    assertThat(q.poll()).isEqualTo(msg(1));
    assertThat(third.get(5, TimeUnit.SECONDS)).isTrue();
    assertThat(q.counters()).isEqualTo(new QueueCounters(Q.path(), "in", 3, 2, 0, 2, 0));
  }

  @Test
  void dropPolicyCountsEveryDropAndKeepsTheFirstMessages() throws Exception {
    MessageQueue q = new MessageQueue(Q, "in", 3);
    int accepted = 0;
    for (int i = 0; i < 10; i++) {
      if (q.push(msg(i), PushPolicy.DROP)) {
        accepted++;
      }
    }
    assertThat(accepted).isEqualTo(3);
    QueueCounters c = q.counters();
    assertThat(c.received()).isEqualTo(10);
    assertThat(c.dropped()).isEqualTo(7);
    assertThat(c.queued()).isEqualTo(3);
    assertThat(c.highWater()).isEqualTo(3);
    List<QueueMessage> drained = new ArrayList<>();
    assertThat(q.drainTo(drained, 100)).isEqualTo(3);
    assertThat(drained).containsExactly(msg(0), msg(1), msg(2));
  }

  @Test
  void timedPolicyWaitsThenDrops() throws Exception {
    MessageQueue q = new MessageQueue(Q, "in", 1);
    q.push(msg(0), PushPolicy.BLOCK);
    long start = System.nanoTime();
    assertThat(q.push(msg(1), PushPolicy.dropAfter(Duration.ofMillis(80)))).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(70));
    assertThat(q.counters().dropped()).isEqualTo(1);
  }

  @Test
  void highWaterRemembersThePeak() throws Exception {
    MessageQueue q = new MessageQueue(Q, "out", 10);
    for (int i = 0; i < 6; i++) {
      q.push(msg(i), PushPolicy.BLOCK);
    }
    while (q.poll() != null) {
      // empty it
    }
    q.push(msg(7), PushPolicy.BLOCK);
    assertThat(q.counters().highWater()).isEqualTo(6);
    assertThat(q.counters().queued()).isEqualTo(1);
    assertThat(q.counters().side()).isEqualTo("out");
  }

  @Test
  void pollWaitsAtMostTheTimeout() throws Exception {
    MessageQueue q = new MessageQueue(Q, "in", 1);
    assertThat(q.poll(Duration.ofMillis(20))).isNull();
  }

  @Test
  void writerRejectsMessagesLargerThanAFrame() throws Exception {
    InMemoryQueueHub hub = new InMemoryQueueHub(new QueueSettings(10, 16));
    QueueWriter w = hub.writer(Q);
    // "1:loc:" is 6 bytes: 10 more make exactly 16, 11 are one too many.
    assertThat(w.send(new QueueMessage('1', "loc", "0123456789a"))).isFalse();
    assertThat(w.send(new QueueMessage('1', "loc", "0123456789"))).isTrue();
    QueueCounters c = hub.counters().getFirst();
    assertThat(c.rejected()).isEqualTo(1);
    assertThat(c.received()).isEqualTo(1);
    assertThat(c.queued()).isEqualTo(1);
  }

  @Test
  void inMemoryHubSharesOneQueueAndAllowsOneReader() throws Exception {
    InMemoryQueueHub hub = new InMemoryQueueHub(QueueSettings.DEFAULT);
    QueueWriter writer = hub.writer(QueueName.EXECQ, PushPolicy.DROP);
    QueueReader reader = hub.reader(QueueName.EXECQ);
    writer.send(msg(1));
    assertThat(reader.poll(Duration.ofSeconds(1))).isEqualTo(msg(1));
    assertThatThrownBy(() -> hub.reader(QueueName.EXECQ))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("queue/alerts/execq");
  }

  @Test
  void queueNamesAreRelativePaths() {
    assertThat(QueueName.ANALYSIS.path()).isEqualTo("queue/ossec/queue");
    assertThat(QueueName.EXECQ.path()).isEqualTo("queue/alerts/execq");
    assertThat(QueueName.AR.path()).isEqualTo("queue/alerts/ar");
    for (String bad : List.of("/abs", "a/../b", "a//b", "", "a/", "./a")) {
      assertThatThrownBy(() -> new QueueName(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
