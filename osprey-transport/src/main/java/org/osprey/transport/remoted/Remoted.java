package org.osprey.transport.remoted;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;
import org.osprey.config.ConfigException;
import org.osprey.config.InternalOptions;
import org.osprey.config.OssecConfig;
import org.osprey.config.Protocol;
import org.osprey.config.RemoteConfig;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonContext;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueName;
import org.osprey.transport.codec.RidsFiles;
import org.osprey.transport.codec.SenderCounter;
import org.osprey.transport.keys.KeyRing;
import org.osprey.transport.keys.KeysException;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.syslog.SyslogListener;

/**
 * ossec-remoted: one secure listener (UDP, plus TCP for Osprey agents when {@code <protocol>tcp}) and any
 * number of syslog listeners, as {@code <remote>} blocks say. Agent events and syslog go to the analysis
 * queue; active responses come from {@code queue/alerts/ar}.
 */
public final class Remoted implements Daemon {
  static final String NAME = "ossec-remoted";

  private final IntUnaryOperator ports;
  private final List<AutoCloseable> listeners = new ArrayList<>();
  private @Nullable SecureChannel secure;
  private @Nullable SenderCounter sender;
  private @Nullable ArForwarder ar;
  private @Nullable Thread refresher;
  private volatile boolean running;
  private final List<InetSocketAddress> secureAddresses = new ArrayList<>();
  private final List<InetSocketAddress> syslogAddresses = new ArrayList<>();

  public Remoted() {
    this(p -> p);
  }

  /** @param ports maps configured ports to the ports bound (tests map them to 0, an ephemeral port) */
  public Remoted(IntUnaryOperator ports) {
    this.ports = ports;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start(DaemonContext ctx) throws Exception {
    DaemonLog log = ctx.log();
    Path home = ctx.home();
    OssecConfig config = ctx.config(h -> OssecConfig.load(h.resolve("etc/ossec.conf")));
    InternalOptions options = ctx.config(h -> InternalOptions.load(h.resolve("etc")));
    List<RemoteConfig> remotes = config.remotes();
    RemoteConfig secureConf = remotes.stream().filter(r -> r.connection() == RemoteConfig.Connection.SECURE)
        .findFirst().orElse(null);
    RemotedSettings d = RemotedSettings.defaults();
    RemotedSettings settings = new RemotedSettings(
        secureConf == null ? RemoteConfig.CryptoAccept.ANY : secureConf.cryptoAccept(),
        option(options, "verify_msg_id", 0, 1, 1) == 1, option(options, "recv_counter_flush", 10, 999999, 128),
        d.workers(), d.workQueue(), d.replyWindow(), d.notifyTime());
    ctx.queues();
    if (secureConf != null) {
      KeysFile keysFile = KeysFile.of(home);
      KeyRing ring;
      try {
        ring = new KeyRing(keysFile, log::warn);
      } catch (KeysException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      if (ring.keys().size() == 0) {
        if (option(options, "pass_empty_keyfile", 0, 1, 0) == 0) {
          log.warn("No agent keys in " + keysFile.path() + " yet; new keys are picked up as they are added.");
        }
      }
      RidsFiles rids = RidsFiles.of(home);
      SenderCounter sc = SenderCounter.open(rids.dir());
      this.sender = sc;
      SecureChannel ch = new SecureChannel(settings, ring, rids, ctx.queues().writer(QueueName.ANALYSIS), sc,
          AgentInfoFiles.of(home), home.resolve("etc/shared"), log, ctx.clock());
      this.secure = ch;
      ch.counters().publish(ctx.counters());
      ch.start();
      InetSocketAddress addr = bindAddress(secureConf);
      UdpListener udp = UdpListener.start(addr, ch, log);
      listeners.add(udp);
      secureAddresses.add(udp.address());
      if (secureConf.protocol() == Protocol.TCP) {
        TcpListener tcp = TcpListener.start(new InetSocketAddress(addr.getAddress(), udp.address().getPort()), ch, log);
        listeners.add(tcp);
        secureAddresses.add(tcp.address());
      }
      ArForwarder fwd = new ArForwarder(ctx.queues().reader(QueueName.AR), ch, log);
      this.ar = fwd;
      ctx.counters().publish("ar_forwarded", fwd.forwarded::sum);
      ctx.counters().publish("ar_failed", fwd.failed::sum);
      log.info("Listening for agents on " + secureAddresses + " (" + ring.keys().size() + " agents).");
    }
    int timeout = option(options, "syslog_tcp_read_timeout", 1, 3600, 30) * 1000;
    int maxClients = option(options, "syslog_tcp_max_tasks", 1, 1024, 64);
    for (RemoteConfig r : remotes) {
      if (r.connection() != RemoteConfig.Connection.SYSLOG) {
        continue;
      }
      if (r.allowedIps().isEmpty()) {
        log.warn("<remote> syslog at " + r.source() + ":" + r.line() + " has no <allowed-ips>: it accepts no one.");
      }
      SyslogListener s = new SyslogListener(r.protocol(), bindAddress(r), r.allowedIps(), r.deniedIps(),
          ctx.queues().writer(QueueName.ANALYSIS), log, timeout, maxClients);
      listeners.add(s);
      syslogAddresses.add(s.address());
      s.publish(ctx.counters(), "syslog_" + r.protocol().name().toLowerCase(java.util.Locale.ROOT) + "_"
          + r.port() + "_");
      log.info("Listening for syslog on " + r.protocol() + " " + s.address() + ".");
    }
    running = true;
    SecureChannel ch = secure;
    if (ch != null) {
      Duration every = settings.notifyTime().multipliedBy(30);
      refresher = Thread.ofPlatform().name("osprey-remoted-shared").daemon(true).start(() -> {
        long next = System.nanoTime() + every.toNanos();
        while (running) {
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            return;
          }
          ch.reloadKeys();
          if (System.nanoTime() - next > 0) {
            ch.refreshBundle();
            next = System.nanoTime() + every.toNanos();
          }
        }
      });
    }
  }

  private InetSocketAddress bindAddress(RemoteConfig r) throws IOException {
    InetAddress local = r.localIp() != null ? r.localIp().address()
        : r.ipv6() ? InetAddress.getByName("::") : InetAddress.getByName("0.0.0.0");
    return new InetSocketAddress(local, ports.applyAsInt(r.port()));
  }

  private static int option(InternalOptions o, String name, int min, int max, int fallback) {
    try {
      return o.getInt("remoted", name, min, max);
    } catch (ConfigException e) {
      return fallback;
    }
  }

  /** The addresses the secure listeners are bound to (UDP first). */
  public List<InetSocketAddress> secureAddresses() {
    return List.copyOf(secureAddresses);
  }

  /** The addresses the syslog listeners are bound to. */
  public List<InetSocketAddress> syslogAddresses() {
    return List.copyOf(syslogAddresses);
  }

  /** The secure channel, or null when there is no secure listener. */
  public @Nullable SecureChannel channel() {
    return secure;
  }

  @Override
  public void stop() {
    running = false;
    Thread r = refresher;
    if (r != null) {
      r.interrupt();
    }
    for (AutoCloseable l : listeners) {
      try {
        l.close();
      } catch (Exception e) {
        // Closing anyway.
      }
    }
    ArForwarder a = ar;
    if (a != null) {
      a.close();
    }
    SecureChannel ch = secure;
    if (ch != null) {
      ch.close();
    }
    SenderCounter sc = sender;
    if (sc != null) {
      try {
        sc.close();
      } catch (IOException e) {
        // The file was written on every message.
      }
    }
  }
}
