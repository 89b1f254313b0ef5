package org.osprey.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every daemon in one JVM: each queue is one bounded {@link MessageQueue} shared by its writers and its
 * reader. Readers and writers may be asked for in any order. The frame limit applies here too, so a
 * message behaves the same whether or not its queue crosses a JVM boundary.
 */
public final class InMemoryQueueHub implements QueueRuntime {
  private final QueueSettings settings;
  private final Map<QueueName, MessageQueue> queues = new ConcurrentHashMap<>();
  private final Set<QueueName> read = ConcurrentHashMap.newKeySet();

  public InMemoryQueueHub(QueueSettings settings) {
    this.settings = settings;
  }

  private MessageQueue queue(QueueName name) {
    return queues.computeIfAbsent(name, n -> new MessageQueue(n, "in", settings.capacity()));
  }

  @Override
  public QueueReader reader(QueueName name) {
    if (!read.add(name)) {
      throw new IllegalStateException("queue " + name + " already has a reader");
    }
    return queue(name);
  }

  @Override
  public QueueWriter writer(QueueName name, PushPolicy policy) {
    return new PolicyWriter(queue(name), policy, settings.maxFrame());
  }

  @Override
  public List<QueueCounters> counters() {
    List<QueueCounters> out = new ArrayList<>();
    queues.values().forEach(q -> out.add(q.counters()));
    out.sort((a, b) -> a.queue().compareTo(b.queue()));
    return out;
  }

  /** Nothing comes from other JVMs. */
  @Override
  public void closeInbound(Duration grace) {}

  /** Nothing goes to other JVMs. */
  @Override
  public void closeOutbound(Duration deadline) {}
}
