package org.osprey.transport.agentd;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.osprey.config.ClientConfig;
import org.osprey.config.OssecConfig;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonContext;
import org.osprey.log.DaemonLog;
import org.osprey.queue.PushPolicy;
import org.osprey.queue.QueueName;
import org.osprey.transport.buffer.DiskBuffer;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.ClientKeys;
import org.osprey.transport.keys.KeysException;
import org.osprey.transport.keys.KeysFile;

/**
 * ossec-agentd: reads the agent's local analysis queue and sends it to the manager of {@code <client>},
 * through the disk buffer {@code queue/buffers/agentd} (size {@code <client><buffer_size>}).
 */
public final class Agentd implements Daemon {
  static final String NAME = "ossec-agentd";
  /** The buffer's directory under the install home. */
  public static final String BUFFER_DIR = "queue/buffers/agentd";

  private final @Nullable AgentSettings override;
  private @Nullable AgentClient client;

  public Agentd() {
    this(null);
  }

  /** @param override settings to use instead of ossec.conf's (tests, benchmarks) */
  public Agentd(@Nullable AgentSettings override) {
    this.override = override;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start(DaemonContext ctx) throws Exception {
    DaemonLog log = ctx.log();
    Path home = ctx.home();
    AgentSettings settings = override;
    boolean activeResponse = true;
    if (settings == null) {
      OssecConfig config = ctx.config(h -> OssecConfig.load(h.resolve("etc/ossec.conf")));
      ClientConfig c = config.client();
      if (c == null) {
        throw new IllegalStateException("no <client> in ossec.conf: the agent does not know its manager");
      }
      settings = AgentSettings.of(c);
      activeResponse = !c.disableActiveResponse();
    }
    ClientKeys keys;
    try {
      keys = KeysFile.of(home).read();
    } catch (KeysException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    if (keys.entries().isEmpty()) {
      throw new IllegalStateException("no key in " + home.resolve("etc/client.keys")
          + ": import one with `osprey manage-agents -i` or enrol with `osprey agent-auth`");
    }
    AgentKey key = keys.entries().getFirst();
    DiskBuffer buffer = DiskBuffer.open(home.resolve(BUFFER_DIR), settings.bufferBytes(), 4 << 20);
    AgentClient c = new AgentClient(key, settings, home, buffer, ctx.queues().reader(QueueName.ANALYSIS),
        activeResponse ? ctx.queues().writer(QueueName.EXECQ, PushPolicy.dropAfter(Duration.ofSeconds(5))) : null,
        log);
    var board = ctx.counters();
    AgentCounters k = c.counters();
    board.publish("sent", k.sent::sum);
    board.publish("resent", k.resent::sum);
    board.publish("received", k.received::sum);
    board.publish("rejected", k.rejected::sum);
    board.publish("send_failed", k.sendFailed::sum);
    board.publish("connects", k.connects::sum);
    board.publish("connected", () -> k.connected ? 1 : 0);
    board.publish("buffer_full", () -> k.bufferFull ? 1 : 0);
    board.publish("buffer_full_waits", k.bufferFullWaits::sum);
    board.publish("buffer_pending", buffer::pending);
    board.publish("buffer_bytes", buffer::bytes);
    board.publish("too_large", k.tooLarge::sum);
    this.client = c;
    c.start();
    log.info("Started (agent '" + key.name() + "', id " + key.id() + ", buffer " + buffer.pending()
        + " events pending).");
  }

  /** The running client, for tests. */
  public @Nullable AgentClient client() {
    return client;
  }

  @Override
  public void stop() {
    AgentClient c = client;
    if (c != null) {
      c.close();
    }
  }
}
