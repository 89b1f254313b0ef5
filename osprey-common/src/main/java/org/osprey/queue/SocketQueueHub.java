package org.osprey.queue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The queues of one JVM among several (privilege separation). A queue read here gets a bounded in-memory
 * queue plus a Unix-domain socket at {@code <home>/<queue path>} so that other JVMs can write to it;
 * writers in this JVM use the in-memory queue directly once its reader is here. A queue read elsewhere gets
 * a send buffer and a connection to that socket.
 */
public final class SocketQueueHub implements QueueRuntime {
  private final Path home;
  private final QueueSettings settings;
  private final @Nullable GroupPrincipal socketGroup;
  private final Map<QueueName, MessageQueue> inbound = new ConcurrentHashMap<>();
  private final Map<QueueName, SocketQueueServer> servers = new ConcurrentHashMap<>();
  private final Map<QueueName, SocketQueueWriter> outbound = new ConcurrentHashMap<>();

  /**
   * @param home the install home the queue paths are relative to
   * @param socketGroup the group given the sockets bound here (mode 0660), or null to leave the default
   */
  public SocketQueueHub(Path home, QueueSettings settings, @Nullable GroupPrincipal socketGroup) {
    this.home = home;
    this.settings = settings;
    this.socketGroup = socketGroup;
  }

  @Override
  public synchronized QueueReader reader(QueueName name) throws IOException {
    if (inbound.containsKey(name)) {
      throw new IllegalStateException("queue " + name + " already has a reader");
    }
    MessageQueue queue = new MessageQueue(name, "in", settings.capacity());
    SocketQueueServer server =
        new SocketQueueServer(home.resolve(name.path()), queue, settings.maxFrame(), socketGroup);
    server.start();
    inbound.put(name, queue);
    servers.put(name, server);
    return queue;
  }

  @Override
  public synchronized QueueWriter writer(QueueName name, PushPolicy policy) {
    MessageQueue local = inbound.get(name);
    if (local != null) {
      return new PolicyWriter(local, policy, settings.maxFrame());
    }
    SocketQueueWriter remote =
        outbound.computeIfAbsent(
            name,
            n -> {
              SocketQueueWriter w = new SocketQueueWriter(n, home.resolve(n.path()), settings);
              w.start();
              return w;
            });
    return new PolicyWriter(remote.outbound(), policy, settings.maxFrame());
  }

  @Override
  public List<QueueCounters> counters() {
    List<QueueCounters> out = new ArrayList<>();
    inbound.values().forEach(q -> out.add(q.counters()));
    outbound.values().forEach(w -> out.add(w.outbound().counters()));
    out.sort((a, b) -> (a.side() + a.queue()).compareTo(b.side() + b.queue()));
    return out;
  }

  @Override
  public void closeInbound(Duration grace) {
    long end = System.nanoTime() + grace.toNanos();
    for (SocketQueueServer server : servers.values()) {
      server.close(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
    }
  }

  @Override
  public void closeOutbound(Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    for (SocketQueueWriter w : outbound.values()) {
      w.close(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
    }
  }
}
