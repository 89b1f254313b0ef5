package org.osprey.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;
import org.osprey.transport.codec.Counter;
import org.osprey.transport.codec.SecureCodec;
import org.osprey.transport.crypto.ChannelCipher;
import org.osprey.transport.crypto.CipherMethod;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.remoted.Remoted;

/**
 * remoted with many simulated agents (own key and counters each, AES, {@code !id!} header) sending at once
 * over UDP on 127.0.0.1: events per second into the analysis queue, and loss. Datagrams are sealed before
 * the clock starts, so the figure is remoted's, not the senders'.
 */
public final class RemotedBenchmark {
  private RemotedBenchmark() {}

  public static void main(String[] args) throws Exception {
    int agents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int perAgent = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    BenchHome bench = BenchHome.manager(Files.createTempDirectory("osprey-bench-remoted"));
    Path home = bench.home;
    StringBuilder keys = new StringBuilder();
    List<AgentKey> list = new ArrayList<>();
    for (int i = 1; i <= agents; i++) {
      AgentKey k = AgentKey.of(String.format("%04d", i), "agent" + i, org.osprey.config.IpRange.parse("any"),
          KeysFile.randomKey("agent" + i, "" + i, "any"));
      list.add(k);
      keys.append(k.line()).append('\n');
    }
    Files.writeString(home.resolve("etc/client.keys"), keys);
    System.out.printf("sealing %d datagrams for %d agents...%n", (long) agents * perAgent, agents);
    List<byte[]> datagrams = new ArrayList<>(agents * perAgent);
    byte[][] payloads = new byte[perAgent][];
    for (int j = 0; j < perAgent; j++) {
      payloads[j] = ("1:/var/log/secure:Jan  2 10:11:12 web01 sshd[" + j + "]: Failed password for invalid user"
          + " admin from 192.0.2.7 port 4242 ssh2").getBytes(StandardCharsets.US_ASCII);
    }
    // Interleave: round j of every agent, so all agents send at once.
    ChannelCipher[] ciphers = list.stream().map(k -> new ChannelCipher(k.encryptionKeyBytes())).toArray(ChannelCipher[]::new);
    for (int j = 0; j < perAgent; j++) {
      for (int a = 0; a < agents; a++) {
        datagrams.add(SecureCodec.seal(ciphers[a], CipherMethod.AES, list.get(a).id(), new Counter(0, j + 1),
            payloads[j], j));
      }
    }
    QueueReader analysis = bench.queues.reader(QueueName.ANALYSIS);
    Remoted remoted = new Remoted(p -> 0);
    remoted.start(bench.context(remoted));
    InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(),
        remoted.secureAddresses().getFirst().getPort());
    AtomicLong received = new AtomicLong();
    AtomicLong sent = new AtomicLong();
    long total = datagrams.size();
    Thread consumer = Thread.ofPlatform().start(() -> {
      List<QueueMessage> batch = new ArrayList<>(4096);
      long idleSince = System.nanoTime();
      while (received.get() < total && System.nanoTime() - idleSince < 5_000_000_000L) {
        batch.clear();
        int n = analysis.drainTo(batch, 4096);
        if (n == 0) {
          try {
            QueueMessage m = analysis.poll(Duration.ofMillis(50));
            if (m != null) {
              received.incrementAndGet();
              idleSince = System.nanoTime();
            }
          } catch (InterruptedException e) {
            return;
          }
        } else {
          received.addAndGet(n);
          idleSince = System.nanoTime();
        }
      }
    });
    int senders = 4;
    long start = System.nanoTime();
    double cpu0 = Measure.cpuSeconds();
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      int from = s;
      threads.add(Thread.ofPlatform().start(() -> {
        try (DatagramChannel ch = DatagramChannel.open()) {
          ch.connect(to);
          for (int i = from; i < datagrams.size(); i += senders) {
            // Keep within what the socket buffer absorbs (a real fleet spreads its sends too). Parks rather
            // than spins: on a small machine spinning senders take the cores remoted is measured on.
            while (sent.get() - received.get() > 1_000) {
              LockSupport.parkNanos(50_000);
            }
            ch.write(ByteBuffer.wrap(datagrams.get(i)));
            sent.incrementAndGet();
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    consumer.join();
    long end = System.nanoTime();
    double secs = (end - start) / 1e9;
    long got = received.get();
    System.out.printf("agents %d, events sent %d, queued %d, lost %d%n", agents, total, got, total - got);
    System.out.printf("remoted: %.0f events/s into the analysis queue (%.2f s, %d CPUs, CPU %.1f s)%n",
        got / Math.max(1e-9, secs - (got < total ? 5 : 0)), secs, Runtime.getRuntime().availableProcessors(),
        Measure.cpuSeconds() - cpu0);
    System.out.printf("rejected %d, replays %d, unknown %d, peak RSS %.0f MiB%n",
        remoted.channel().counters().rejected(), remoted.channel().counters().replays(),
        remoted.channel().counters().unknownAgents(), Measure.peakRssMib());
    remoted.stop();
    bench.close();
  }
}
