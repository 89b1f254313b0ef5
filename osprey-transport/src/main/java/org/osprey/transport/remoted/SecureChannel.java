package org.osprey.transport.remoted;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueWriter;
import org.osprey.config.RemoteConfig;
import org.osprey.transport.codec.AgentEvents;
import org.osprey.transport.codec.CodecException;
import org.osprey.transport.codec.Control;
import org.osprey.transport.codec.DatagramHeader;
import org.osprey.transport.codec.ReplayGuard;
import org.osprey.transport.codec.SecureCodec;
import org.osprey.transport.codec.SecureMessage;
import org.osprey.transport.codec.SenderCounter;
import org.osprey.transport.crypto.CipherMethod;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.ClientKeys;
import org.osprey.transport.keys.KeyRing;

/**
 * The manager end of the agent channel, without sockets: listeners hand it datagrams with a reply path.
 * Finding the key happens on the listener's thread; decryption, counters and everything after happen on
 * one of {@link RemotedSettings#workers()} threads, each agent always on the same one so its counters stay
 * in order.
 */
public final class SecureChannel implements AutoCloseable {
  /** The largest datagram an OSSEC agent reads (its receive buffer). */
  static final int AGENT_DATAGRAM_MAX = 1024;
  /** Shared-file chunk size. */
  static final int CHUNK = 900;

  /** The most datagrams a worker takes at once. */
  private static final int BATCH = 256;
  /** The longest an Osprey agent's acknowledgement waits while events keep coming. */
  private static final long ACK_DELAY_NANOS = 5_000_000L;
  /** How long an idle worker waits before looking whether it should stop. */
  private static final long IDLE_POLL_NANOS = 50_000_000L;

  private record Work(AgentSession session, DatagramHeader header, byte[] data, ReplyPath path) {}

  private final RemotedSettings settings;
  private final KeyRing ring;
  private final SessionTable sessions;
  private final QueueWriter analysis;
  private final SenderCounter sender;
  private final AgentInfoFiles info;
  private final Path sharedDir;
  private final DaemonLog log;
  private final InstantSource clock;
  private final RemotedCounters counters = new RemotedCounters();
  private final RateLimitedLog limited;
  private final CounterFlusher flusher;
  private final List<BlockingQueue<Work>> queues = new ArrayList<>();
  private final List<Thread> workers = new ArrayList<>();
  private final ExecutorService pushes = Executors.newSingleThreadExecutor(
      Thread.ofPlatform().name("osprey-remoted-push").daemon(true).factory());
  private volatile @Nullable SharedBundle bundle;
  private volatile boolean running = true;
  private volatile long lastReloadNanos;

  public SecureChannel(RemotedSettings settings, KeyRing ring, org.osprey.transport.codec.RidsFiles rids,
      QueueWriter analysis, SenderCounter sender, AgentInfoFiles info, Path sharedDir, DaemonLog log,
      InstantSource clock) {
    this.settings = settings;
    this.ring = ring;
    this.sessions = new SessionTable(rids, settings.verifyCounters());
    this.analysis = analysis;
    this.sender = sender;
    this.info = info;
    this.sharedDir = sharedDir;
    this.log = log;
    this.clock = clock;
    this.limited = new RateLimitedLog(clock, Duration.ofMinutes(1));
    sessions.update(ring.keys());
    this.flusher = new CounterFlusher(sessions, (s, e) -> limited.log("rids", log::error, "Cannot store the counter"
        + " of agent '" + s.key.name() + "': " + e.getMessage() + " (tried again later)."));
    for (int i = 0; i < settings.workers(); i++) {
      BlockingQueue<Work> q = new ArrayBlockingQueue<>(settings.workQueue());
      queues.add(q);
      workers.add(Thread.ofPlatform().name("osprey-remoted-worker-" + i).unstarted(() -> work(q)));
    }
  }

  /** Starts the workers and builds the shared bundle. */
  public void start() {
    refreshBundle();
    flusher.start();
    workers.forEach(Thread::start);
  }

  public RemotedCounters counters() {
    return counters;
  }

  /** Rebuilds merged.mg from etc/shared. */
  public void refreshBundle() {
    try {
      bundle = SharedBundle.rebuild(sharedDir);
    } catch (IOException e) {
      log.error("Cannot build " + sharedDir.resolve(SharedBundle.NAME) + ": " + e.getMessage()
          + "; agents get no shared files until it works");
    }
  }

  /** The current shared bundle, or null. */
  public @Nullable SharedBundle bundle() {
    return bundle;
  }

  /**
   * Takes one datagram from {@code source}. Called by listener threads; waits when the agent's worker is
   * full (the socket's buffer then holds further datagrams).
   */
  public void receive(byte[] data, InetSocketAddress source, ReplyPath path) throws InterruptedException {
    counters.datagrams.increment();
    DatagramHeader h;
    try {
      h = DatagramHeader.parse(data, data.length);
    } catch (CodecException e) {
      reject(e, source);
      return;
    }
    AgentSession s = find(h.agentId(), source);
    if (s == null) {
      counters.unknownAgent.increment();
      limited.log("denied " + source.getAddress(), log::warn, "Message from '"
          + source.getAddress().getHostAddress() + "' not allowed (no key"
          + (h.agentId() == null ? "" : " for id " + h.agentId()) + ").");
      return;
    }
    RemoteConfig.CryptoAccept accept = settings.cryptoAccept();
    if (accept == RemoteConfig.CryptoAccept.AES && h.method() != CipherMethod.AES
        || accept == RemoteConfig.CryptoAccept.BLOWFISH && h.method() != CipherMethod.BLOWFISH) {
      counters.cipherRefused.increment();
      limited.log("crypto", log::warn, "Agent '" + s.key.name() + "' uses " + h.method().ossecName()
          + ", which crypto_accept refuses.");
      return;
    }
    queues.get(s.slot % queues.size()).put(new Work(s, h, data, path));
  }

  private @Nullable AgentSession find(@Nullable String id, InetSocketAddress source) {
    ClientKeys keys = sessions.keys();
    AgentKey k = keys.lookup(id, source.getAddress());
    if (k == null) {
      long now = System.nanoTime();
      if (now - lastReloadNanos > 100_000_000L) {
        lastReloadNanos = now;
        if (ring.reloadIfChanged()) {
          sessions.update(ring.keys());
          log.info("Reloaded client.keys: " + ring.keys().size() + " agents.");
          k = sessions.keys().lookup(id, source.getAddress());
        }
      }
    } else if (ring.keys() != keys) {
      sessions.update(ring.keys());
    }
    return k == null ? null : sessions.get(k.id());
  }

  /** Reloads the keys if the file changed (new agents are usable at once). */
  public void reloadKeys() {
    if (ring.reloadIfChanged()) {
      sessions.update(ring.keys());
    }
  }

  private void reject(CodecException e, InetSocketAddress source) {
    counters.rejected.get(e.reason()).increment();
    limited.log("codec " + e.reason(), log::warn, "Bad datagram from '" + source.getAddress().getHostAddress()
        + "': " + e.getMessage() + " (counted as rejected_" + e.reason().name().toLowerCase(java.util.Locale.ROOT)
        + ").");
  }

  /**
   * One worker: takes what is waiting (up to {@link #BATCH} at a time, so a busy listener wakes it once per
   * batch, not per datagram). Osprey agents are acknowledged every {@link #BATCH} messages or
   * {@link #ACK_DELAY_NANOS} after the first unacknowledged event, whichever is first: not once per event,
   * which would cost both ends a datagram and the agent a file write per event.
   */
  private void work(BlockingQueue<Work> q) {
    Set<AgentSession> owed = new HashSet<>();
    List<Work> batch = new ArrayList<>(BATCH);
    int sinceAcks = 0;
    long owedSince = 0;
    try {
      while (running || !q.isEmpty()) {
        if (q.drainTo(batch, BATCH) == 0) {
          long wait = owed.isEmpty() ? IDLE_POLL_NANOS : owedSince + ACK_DELAY_NANOS - System.nanoTime();
          Work w = q.poll(Math.max(0, wait), TimeUnit.NANOSECONDS);
          if (w != null) {
            batch.add(w);
          }
        }
        boolean wasOwed = !owed.isEmpty();
        for (int i = 0; i < batch.size(); i++) {
          process(batch.get(i), owed);
        }
        sinceAcks += batch.size();
        batch.clear();
        if (owed.isEmpty()) {
          continue;
        }
        long now = System.nanoTime();
        if (!wasOwed) {
          owedSince = now;
        }
        if (sinceAcks >= BATCH || now - owedSince >= ACK_DELAY_NANOS) {
          for (AgentSession s : owed) {
            s.ackOwed = false;
            s.unacked = 0;
            sendControl(s, Control.OSPREY_ACK + s.lastSeq);
          }
          owed.clear();
          sinceAcks = 0;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void process(Work w, Set<AgentSession> owed) throws InterruptedException {
    AgentSession s = w.session;
    DatagramHeader h = w.header;
    SecureMessage m;
    try {
      m = SecureCodec.open(s.cipher, h.method(), w.data, h.cipherOffset(), w.data.length - h.cipherOffset());
    } catch (CodecException e) {
      counters.rejected.get(e.reason()).increment();
      limited.log("open " + s.key.id() + e.reason(), log::warn, "Cannot read a message from agent '"
          + s.key.name() + "': " + e.getMessage() + ".");
      return;
    }
    ReplayGuard.Verdict v = s.guard.check(m.counter());
    if (v != ReplayGuard.Verdict.ACCEPT) {
      if (v == ReplayGuard.Verdict.DUPLICATE) {
        counters.duplicate.increment();
        limited.log("dup " + s.key.id(), log::error, "Duplicated counter for '" + s.key.name() + "'.");
      } else {
        counters.replayed.increment();
        limited.log("old " + s.key.id(), log::error, "Old counter from '" + s.key.name() + "' ("
            + m.counter() + " after " + s.guard.last() + "): a replay, or the agent lost its sender_counter;"
            + " delete queue/rids/" + s.key.id() + " on the manager to accept it again.");
      }
      return;
    }
    s.method = h.method();
    if (++s.sinceFlush >= settings.flushEvery()) {
      s.sinceFlush = 0;
      flusher.offer(s, s.position());
    }
    byte[] p = m.payload();
    if (Control.isControl(p)) {
      control(s, Control.body(p), w.path, owed);
    } else {
      event(s, new String(p, StandardCharsets.ISO_8859_1));
    }
  }

  private void event(AgentSession s, String text) throws InterruptedException {
    QueueMessage qm;
    try {
      qm = AgentEvents.rewrite(s.locationPrefix, text);
    } catch (CodecException e) {
      counters.badEvent.increment();
      limited.log("event " + s.key.id(), log::warn, "Bad event from agent '" + s.key.name() + "': "
          + e.getMessage() + ".");
      return;
    }
    if (analysis.send(qm)) {
      counters.events.increment();
    }
  }

  private void control(AgentSession s, String body, ReplyPath path, Set<AgentSession> owed)
      throws InterruptedException {
    counters.control.increment();
    Instant now = clock.instant();
    s.reply = path;
    s.lastControl = now;
    Control.SequencedEvent ev = Control.sequenced(body);
    if (ev != null) {
      s.osprey = true;
      if (s.lastSeq < 0) {
        s.lastSeq = ev.seq() - 1;
      }
      if (ev.seq() <= s.lastSeq) {
        counters.seqDuplicate.increment();
      } else if (ev.seq() > s.lastSeq + 1) {
        counters.seqGap.increment();
      } else {
        event(s, ev.event());
        s.lastSeq = ev.seq();
      }
      owed.add(s);
      return;
    }
    sendControl(s, Control.ACK);
    if (body.equals(Control.STARTUP)) {
      return;
    }
    if (body.equals(s.lastKeepalive)) {
      try {
        info.touch(s.key, now);
      } catch (IOException e) {
        limited.log("info " + s.key.id(), log::error, "Cannot update agent-info of '" + s.key.name() + "': " + e);
      }
    } else {
      s.lastKeepalive = body;
      int nl = body.indexOf('\n');
      if (nl < 0) {
        limited.log("uname " + s.key.id(), log::warn, "Invalid message from agent '" + s.key.name()
            + "' (no uname line).");
        return;
      }
      String uname = body.substring(0, nl);
      try {
        info.write(s.key, uname, s.method, now);
      } catch (IOException e) {
        limited.log("info " + s.key.id(), log::error, "Cannot write agent-info of '" + s.key.name() + "': " + e);
      }
      Keepalive ka = Keepalive.parse(body);
      if (ka.osprey()) {
        s.osprey = true;
        if (ka.streamId() != null) {
          if (!ka.streamId().equals(s.streamId)) {
            s.streamId = ka.streamId();
            s.lastSeq = ka.nextSeq() - 1;
          } else {
            s.lastSeq = Math.max(s.lastSeq, ka.nextSeq() - 1);
          }
        }
      }
    }
    if (s.osprey) {
      owed.add(s);
    }
    Keepalive ka = Keepalive.parse(body);
    SharedBundle b = bundle;
    if (b != null && ka.mergedMd5() != null && !ka.mergedMd5().equals(b.md5()) && !s.pushing) {
      s.pushing = true;
      pushes.execute(() -> push(s, b));
    }
  }

  private void push(AgentSession s, SharedBundle b) {
    try {
      if (!sendControl(s, Control.FILE_UPDATE + b.md5() + " " + SharedBundle.NAME + "\n")) {
        return;
      }
      byte[] c = b.content();
      ReplyPath path = s.reply;
      boolean stream = path != null && path.stream();
      for (int off = 0, n = 0; off < c.length; off += CHUNK, n++) {
        byte[] chunk = java.util.Arrays.copyOfRange(c, off, Math.min(c.length, off + CHUNK));
        if (!send(s, chunk)) {
          return;
        }
        if (!stream && n % 30 == 29) {
          Thread.sleep(50);
        }
      }
      sendControl(s, Control.FILE_CLOSE);
      log.info("Sent " + SharedBundle.NAME + " (" + c.length + " bytes) to agent '" + s.key.name() + "'.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      s.pushing = false;
    }
  }

  /** Sends {@code #!-<text>} to the agent. */
  boolean sendControl(AgentSession s, String text) {
    return send(s, Control.message(text));
  }

  /**
   * Seals and sends {@code payload} to the agent over the path of its last control message, if that came
   * within the reply window.
   */
  boolean send(AgentSession s, byte[] payload) {
    ReplyPath path = s.reply;
    Instant last = s.lastControl;
    if (path == null || last == null || clock.instant().isAfter(last.plus(settings.replyWindow()))) {
      counters.sendFailed.increment();
      return false;
    }
    try {
      synchronized (s.sendLock) {
        byte[] d = SecureCodec.seal(s.cipher, s.method, null, sender.next(), payload,
            ThreadLocalRandom.current().nextInt(65536));
        if (!path.stream() && d.length > AGENT_DATAGRAM_MAX) {
          counters.sendFailed.increment();
          log.error("A message for agent '" + s.key.name() + "' is " + d.length + " bytes, more than an"
              + " agent reads (" + AGENT_DATAGRAM_MAX + "); not sent.");
          return false;
        }
        path.send(d);
      }
      counters.sent.increment();
      return true;
    } catch (IOException | CodecException e) {
      counters.sendFailed.increment();
      limited.log("send " + s.key.id(), log::warn, "Cannot send to agent '" + s.key.name() + "': " + e.getMessage());
      return false;
    }
  }

  /**
   * Sends {@code #!-<text>} to the agent with this id, or to every agent when {@code id} is null.
   *
   * @return how many agents it was sent to
   */
  public int sendToAgents(@Nullable String id, @Nullable String name, String text) {
    int n = 0;
    for (AgentSession s : sessions.all()) {
      if ((id == null || s.key.id().equals(id)) && (name == null || s.key.name().equals(name))) {
        if (sendControl(s, text)) {
          n++;
        }
      }
    }
    return n;
  }

  /** The keys now in use. */
  public ClientKeys keys() {
    return sessions.keys();
  }

  private void flush(AgentSession s) {
    try {
      sessions.flush(s);
    } catch (IOException e) {
      limited.log("rids", log::error, "Cannot store the counter of agent '" + s.key.name() + "': " + e.getMessage()
          + " (tried again later).");
    }
  }

  /** Stops the workers after they took what is queued, and stores every counter. */
  @Override
  public void close() {
    running = false;
    for (Thread t : workers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    pushes.shutdownNow();
    flusher.close();
    for (AgentSession s : sessions.all()) {
      if (s.sinceFlush > 0 || s.streamId != null) {
        flush(s);
      }
    }
  }
}
