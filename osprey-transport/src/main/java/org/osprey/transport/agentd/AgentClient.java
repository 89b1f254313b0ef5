package org.osprey.transport.agentd;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.osprey.config.Protocol;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueReader;
import org.osprey.queue.QueueWriter;
import org.osprey.transport.buffer.DiskBuffer;
import org.osprey.transport.codec.CodecException;
import org.osprey.transport.codec.Control;
import org.osprey.transport.codec.Counter;
import org.osprey.transport.codec.DatagramHeader;
import org.osprey.transport.codec.ReplayGuard;
import org.osprey.transport.codec.RidsFiles;
import org.osprey.transport.codec.SecureCodec;
import org.osprey.transport.codec.SecureMessage;
import org.osprey.transport.codec.SenderCounter;
import org.osprey.transport.crypto.ChannelCipher;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.Md5;

/**
 * The agent end of the channel. Three threads: intake (local queue to disk buffer, waiting while the
 * buffer is full), link (connect, handshake, keepalives, sending from the buffer), and a receiver per
 * connection (acks, active responses, shared files). Against an Osprey manager, events travel as
 * {@code osprey ev <seq>} and leave the buffer only when acknowledged (sent again, go-back-N, when
 * acknowledgements stop); against an OSSEC manager they leave the buffer once sent, as in OSSEC.
 */
public final class AgentClient implements AutoCloseable {
  /** The location of active responses handed to execd on {@code queue/alerts/execq}. */
  public static final String EXEC_LOCATION = "execd";
  static final String VERSION = "Osprey 0.1.0 (OSSEC HIDS v4.2.0 compatible)";

  private final AgentKey key;
  private final AgentSettings settings;
  private final Path home;
  private final DiskBuffer buffer;
  private final QueueReader in;
  private final @Nullable QueueWriter execq;
  private final DaemonLog log;
  private final SenderCounter sender;
  private final RidsFiles rids;
  private final ChannelCipher cipher;
  private final ReplayGuard guard;
  private final SharedFileReceiver files;
  private final AgentCounters counters = new AgentCounters();
  private final Object signal = new Object();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread intake;
  private final Thread linkThread;
  private volatile long lastHeard;
  private volatile int agentAcks;
  private volatile boolean ospreyAckSeen;
  /** Keepalives sent to find out whether the manager acknowledges events (the first included). */
  private static final int MAX_PROBES = 6;
  private volatile long ackedSeen;
  private volatile @Nullable ManagerLink link;
  private boolean started;
  private int sinceFlush;

  public AgentClient(AgentKey key, AgentSettings settings, Path home, DiskBuffer buffer, QueueReader in,
      @Nullable QueueWriter execq, DaemonLog log) throws IOException {
    this.key = key;
    this.settings = settings;
    this.home = home;
    this.buffer = buffer;
    this.in = in;
    this.execq = execq;
    this.log = log;
    this.rids = RidsFiles.of(home);
    this.sender = SenderCounter.open(rids.dir());
    this.cipher = new ChannelCipher(key.encryptionKeyBytes());
    this.guard = new ReplayGuard(rids.read(key.id()), true);
    this.files = new SharedFileReceiver(home.resolve("etc/shared"));
    this.intake = Thread.ofPlatform().name("osprey-agentd-intake").unstarted(this::intake);
    this.linkThread = Thread.ofPlatform().name("osprey-agentd-link").unstarted(this::linkLoop);
  }

  public void start() {
    intake.start();
    linkThread.start();
  }

  public AgentCounters counters() {
    return counters;
  }

  // ---------------------------------------------------------------- intake

  private void intake() {
    try {
      while (running.get()) {
        QueueMessage m = in.poll(Duration.ofMillis(100));
        if (m != null) {
          store(m);
        }
      }
      QueueMessage m;
      while ((m = in.poll()) != null) {
        store(m);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void store(QueueMessage m) throws InterruptedException {
    byte[] data = m.wire().getBytes(StandardCharsets.ISO_8859_1);
    int room = SecureCodec.MAX_PAYLOAD - 32;
    if (data.length > room) {
      counters.tooLarge.increment();
      data = java.util.Arrays.copyOf(data, room);
    }
    boolean warned = false;
    while (true) {
      try {
        if (buffer.append(data) >= 0) {
          if (warned) {
            counters.bufferFull = false;
            log.info("Agent buffer has room again; taking events from the local queue.");
          }
          break;
        }
      } catch (IOException e) {
        log.error("Cannot write the agent buffer: " + e.getMessage() + "; retrying in 1 s.");
        Thread.sleep(1000);
        continue;
      }
      if (!warned) {
        warned = true;
        counters.bufferFull = true;
        counters.bufferFullWaits.increment();
        log.warn("Agent buffer full (" + buffer.bytes() + " of " + buffer.maxBytes() + " bytes, " + buffer.pending()
            + " events waiting for the manager): local daemons wait until the manager acknowledges events.");
      }
      if (!running.get()) {
        log.error("Stopping with a full buffer: one event from the local queue could not be kept: " + m.location());
        return;
      }
      synchronized (signal) {
        signal.wait(100);
      }
    }
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  // ---------------------------------------------------------------- link

  private void linkLoop() {
    int server = 0;
    long backoff = 200;
    while (running.get()) {
      String host = settings.servers().get(server % settings.servers().size());
      ManagerLink l;
      try {
        InetSocketAddress to = new InetSocketAddress(host, settings.port());
        l = settings.protocol() == Protocol.TCP ? ManagerLink.tcp(to, Duration.ofSeconds(5)) : ManagerLink.udp(to);
      } catch (IOException e) {
        counters.connected = false;
        log.warn("Cannot connect to the manager " + host + ":" + settings.port() + ": " + e.getMessage()
            + "; retrying.");
        server++;
        pause(backoff);
        backoff = Math.min(backoff * 2, 10_000);
        continue;
      }
      link = l;
      Thread receiver = Thread.ofPlatform().name("osprey-agentd-receiver").start(() -> receive(l));
      try {
        if (handshake(l)) {
          backoff = 200;
          counters.connected = true;
          counters.connects.increment();
          session(l);
        } else {
          server++;
        }
      } catch (IOException e) {
        log.warn("Lost the manager " + host + ": " + e.getMessage() + "; reconnecting.");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running.set(false);
      } finally {
        counters.connected = false;
        link = null;
        l.close();
        try {
          receiver.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (running.get()) {
        pause(backoff);
        backoff = Math.min(backoff * 2, 10_000);
      }
    }
  }

  private void pause(long millis) {
    synchronized (signal) {
      try {
        signal.wait(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean handshake(ManagerLink l) throws IOException, InterruptedException {
    waitFile(true);
    int before = agentAcks;
    long step = settings.handshakeStep().toMillis();
    for (int round = 1; round <= 6 && running.get(); round++) {
      if (round == 1 || round >= 3) {
        sendControl(l, Control.STARTUP);
      }
      long deadline = System.nanoTime() + step * round * 1_000_000L;
      while (System.nanoTime() < deadline && running.get()) {
        if (agentAcks != before) {
          onConnected();
          return true;
        }
        pause(10);
      }
    }
    return false;
  }

  private void onConnected() throws InterruptedException {
    waitFile(false);
    log.info("Connected to the manager " + settings.servers() + " (" + settings.protocol() + ", "
        + settings.method().ossecName() + ").");
    if (!started) {
      started = true;
      store(new QueueMessage(QueueMessage.LOCALFILE, "ossec",
          "ossec: Agent started: '" + key.name() + "->" + key.ipText() + "'."));
    }
  }

  private void waitFile(boolean present) {
    Path w = home.resolve("queue/ossec/.wait");
    try {
      if (present) {
        Files.createDirectories(w.getParent());
        Files.writeString(w, "l");
      } else {
        Files.deleteIfExists(w);
      }
    } catch (IOException e) {
      // Informational only: Osprey's daemons do not wait on it.
    }
  }

  private void session(ManagerLink l) throws IOException, InterruptedException {
    ospreyAckSeen = false;
    keepalive(l);
    long probeEnd = System.nanoTime() + settings.ackProbe().toNanos();
    while (!ospreyAckSeen && System.nanoTime() < probeEnd && running.get()) {
      pause(5);
    }
    boolean osprey = ospreyAckSeen;
    counters.ospreyManager = osprey;
    // A lost probe or reply (UDP) would otherwise leave the session unacknowledged until the next
    // keepalive, notify_time later; so a few more probes go out, ten probe times apart.
    int probes = 1;
    long reprobe = settings.ackProbe().toNanos() * 10;
    long next = buffer.acked() + 1;
    long lastKeepalive = System.nanoTime();
    long lastProgress = System.nanoTime();
    long lastAcked = buffer.acked();
    while (running.get()) {
      long now = System.nanoTime();
      if (now - lastKeepalive >= settings.notifyTime().toNanos()
          || (!osprey && !ospreyAckSeen && probes < MAX_PROBES && now - lastKeepalive >= reprobe)) {
        keepalive(l);
        lastKeepalive = now;
        probes++;
      }
      if (now - lastHeard > settings.timeReconnect().toNanos()) {
        log.warn("No message from the manager for " + settings.timeReconnect().toSeconds() + " s; reconnecting.");
        return;
      }
      boolean sent = false;
      if (!osprey && ospreyAckSeen) {
        // A slow manager answered the probe late: from here on events wait for its acks.
        osprey = true;
        counters.ospreyManager = true;
        next = buffer.acked() + 1;
        lastAcked = buffer.acked();
        lastProgress = now;
        log.info("The manager acknowledges events (Osprey); switching to acknowledged sending.");
      }
      if (osprey) {
        long acked = buffer.acked();
        if (acked != lastAcked) {
          lastAcked = acked;
          lastProgress = now;
        }
        if (next <= acked) {
          next = acked + 1;
        }
        if (buffer.pending() > 0 && now - lastProgress > settings.resendAfter().toNanos()) {
          if (next > acked + 1) {
            counters.resent.add(next - acked - 1);
          }
          next = acked + 1;
          lastProgress = now;
          keepalive(l);
        }
        long inflight = next - 1 - acked;
        if (inflight < settings.window()) {
          List<DiskBuffer.Entry> batch = buffer.read(next, (int) Math.min(256, settings.window() - inflight));
          for (DiskBuffer.Entry e : batch) {
            byte[] payload = sequenced(e);
            send(l, payload);
            counters.sent.increment();
            next = e.seq() + 1;
          }
          sent = !batch.isEmpty();
        }
      } else {
        List<DiskBuffer.Entry> batch = buffer.read(buffer.acked() + 1, 256);
        for (DiskBuffer.Entry e : batch) {
          send(l, e.data());
          counters.sent.increment();
          buffer.ack(e.seq());
        }
        sent = !batch.isEmpty();
      }
      if (!sent) {
        synchronized (signal) {
          signal.wait(20);
        }
      }
    }
  }

  private static byte[] sequenced(DiskBuffer.Entry e) {
    byte[] head = (Control.HEADER + Control.OSPREY_EVENT + e.seq() + " ").getBytes(StandardCharsets.US_ASCII);
    int len = Math.min(e.data().length, SecureCodec.MAX_PAYLOAD - head.length);
    byte[] out = new byte[head.length + len];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(e.data(), 0, out, head.length, len);
    return out;
  }

  private void keepalive(ManagerLink l) throws IOException {
    StringBuilder k = new StringBuilder(uname());
    Path agentConf = home.resolve("etc/shared/agent.conf");
    Path merged = home.resolve("etc/shared/merged.mg");
    if (Files.isRegularFile(agentConf)) {
      k.append(" / ").append(Md5.hex(Files.readAllBytes(agentConf)));
    }
    k.append('\n').append(Files.isRegularFile(merged) ? Md5.hex(Files.readAllBytes(merged)) : "x").append(" merged.mg\n");
    k.append("osprey-sync ").append(buffer.id()).append(' ').append(buffer.acked() + 1).append('\n');
    sendControl(l, k.toString());
  }

  static String uname() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "localhost";
    }
    String version = "#1";
    try {
      version = Files.readString(Path.of("/proc/sys/kernel/version")).strip();
    } catch (IOException | RuntimeException e) {
      // Not Linux.
    }
    return System.getProperty("os.name") + " " + host + " " + System.getProperty("os.version") + " " + version
        + " " + System.getProperty("os.arch") + " - " + VERSION;
  }

  private void sendControl(ManagerLink l, String text) throws IOException {
    send(l, Control.message(text));
  }

  private void send(ManagerLink l, byte[] payload) throws IOException {
    try {
      byte[] d = SecureCodec.seal(cipher, settings.method(), key.singleHost() ? null : key.id(), sender.next(),
          payload, ThreadLocalRandom.current().nextInt(65536));
      l.send(d);
    } catch (CodecException e) {
      counters.tooLarge.increment();
    } catch (IOException e) {
      counters.sendFailed.increment();
      if (settings.protocol() == Protocol.TCP) {
        throw e;
      }
      // UDP: the manager is away (port unreachable); keep going, the buffer keeps the events.
    }
  }

  // ---------------------------------------------------------------- receiving

  private void receive(ManagerLink l) {
    while (running.get() && link == l) {
      byte[] d;
      try {
        d = l.receive(Duration.ofMillis(100));
      } catch (IOException e) {
        if (settings.protocol() == Protocol.TCP) {
          return;
        }
        continue;
      }
      if (d != null) {
        handle(d);
      }
    }
  }

  private void handle(byte[] d) {
    SecureMessage m;
    try {
      DatagramHeader h = DatagramHeader.parse(d, d.length);
      m = SecureCodec.open(cipher, settings.method(), d, h.cipherOffset(), d.length - h.cipherOffset());
    } catch (CodecException e) {
      counters.rejected.increment();
      log.warn("Bad message from the manager: " + e.getMessage() + ".");
      return;
    }
    if (guard.check(m.counter()) != ReplayGuard.Verdict.ACCEPT) {
      counters.rejected.increment();
      log.error("Duplicated counter from the manager (" + m.counter() + "); message dropped.");
      return;
    }
    if (++sinceFlush >= 128) {
      flushCounter();
    }
    counters.received.increment();
    lastHeard = System.nanoTime();
    byte[] p = m.payload();
    if (!Control.isControl(p)) {
      if (files.isOpen()) {
        files.chunk(p);
      }
      return;
    }
    String body = Control.body(p);
    if (body.equals(Control.ACK)) {
      agentAcks++;
    } else if (body.startsWith(Control.OSPREY_ACK)) {
      long seq = Control.ackedSeq(body);
      if (seq >= 0) {
        ospreyAckSeen = true;
        try {
          buffer.ack(seq);
        } catch (IOException e) {
          log.error("Cannot record an acknowledgement in the buffer: " + e.getMessage());
        }
        synchronized (signal) {
          signal.notifyAll();
        }
      }
    } else if (body.startsWith(Control.EXECD)) {
      execd(body.substring(Control.EXECD.length()));
    } else if (body.startsWith(Control.FILE_UPDATE)) {
      files.open(body.substring(Control.FILE_UPDATE.length()));
    } else if (body.startsWith(Control.FILE_CLOSE)) {
      try {
        String name = files.close();
        if (name != null) {
          log.info("Received " + name + " from the manager.");
        } else {
          log.warn("A shared file from the manager was incomplete or corrupt; it is sent again after the next"
              + " keepalive.");
        }
      } catch (IOException e) {
        log.error("Cannot write a shared file: " + e.getMessage());
      }
    } else if (body.startsWith(Control.SYSCHECK_RESTART)) {
      try {
        Path run = home.resolve("var/run/.syscheck_run");
        Files.createDirectories(run.getParent());
        Files.writeString(run, run + "\n");
      } catch (IOException e) {
        log.error("Cannot request a syscheck scan: " + e.getMessage());
      }
    } else {
      log.warn("Unknown message from the manager: '" + body.lines().findFirst().orElse("") + "'.");
    }
  }

  private void execd(String command) {
    counters.arReceived.increment();
    QueueWriter w = execq;
    if (w == null) {
      log.warn("Active response refused (disable-active-response): " + command);
      return;
    }
    try {
      if (!w.send(new QueueMessage(QueueMessage.LOCALFILE, EXEC_LOCATION, command))) {
        log.error("execd's queue is full; active response dropped (counted): " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void flushCounter() {
    try {
      rids.write(key.id(), guard.last());
      sinceFlush = 0;
    } catch (IOException e) {
      log.error("Cannot store the manager's counter: " + e.getMessage());
    }
  }

  /** Stops: takes what is in the local queue into the buffer, then closes the channel and the buffer. */
  @Override
  public void close() {
    running.set(false);
    synchronized (signal) {
      signal.notifyAll();
    }
    try {
      intake.join();
      linkThread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flushCounter();
    try {
      sender.close();
      buffer.close();
    } catch (IOException e) {
      log.error("Closing the agent buffer: " + e.getMessage());
    }
  }
}
