package org.osprey.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.osprey.config.IpRange;
import org.osprey.install.InstallType;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;
import org.osprey.queue.QueueWriter;
import org.osprey.transport.agentd.AgentCounters;
import org.osprey.transport.agentd.Agentd;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.remoted.Remoted;

/**
 * Osprey's agent to Osprey's manager on 127.0.0.1, in one process: events written to the agent's local
 * analysis queue (where logcollector writes them) go through agentd (its disk buffer, sealing, the
 * acknowledged {@code osprey ev} stream) to remoted, and are counted on the manager's analysis queue. Prints
 * events per second, lost and duplicated events, and the CPU seconds of the process (agent, manager and
 * harness together).
 */
public final class AgentThroughputBenchmark {
  private static final String LOCATION = "/var/log/secure";

  private AgentThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    String protocol = args.length > 1 ? args[1].toLowerCase(Locale.ROOT) : "udp";
    Path dir = Files.createTempDirectory("osprey-bench-agent");
    try (BenchHome manager = new BenchHome(dir.resolve("manager"), InstallType.SERVER,
            "<ossec_config><remote><connection>secure</connection><protocol>" + protocol
                + "</protocol></remote></ossec_config>");
        BenchHome agent = new BenchHome(dir.resolve("agent"), InstallType.AGENT, "<ossec_config/>")) {
      var key = KeysFile.of(manager.home).add("agent1", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL);
      KeysFile.of(agent.home).replaceWith(key);
      QueueReader analysis = manager.queues.reader(QueueName.ANALYSIS);
      Remoted remoted = new Remoted(p -> 0);
      remoted.start(manager.context(remoted));
      int port = remoted.secureAddresses().getFirst().getPort();
      // The agent's own ossec.conf, read by agentd as in an install.
      Files.writeString(agent.home.resolve("etc/ossec.conf"), "<ossec_config><client><server-ip>127.0.0.1"
          + "</server-ip><port>" + port + "</port><protocol>" + protocol + "</protocol></client></ossec_config>");
      Agentd agentd = new Agentd();
      agentd.start(agent.context(agentd));
      AgentCounters counters = agentd.client().counters();
      QueueWriter local = agent.queues.writer(QueueName.ANALYSIS);
      // Warm up: connected, the manager known to acknowledge, and one event through.
      local.send(new QueueMessage(QueueMessage.LOCALFILE, LOCATION, "warm-up"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!(counters.ospreyManager() && arrived(analysis, "warm-up")) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      System.out.printf("agent connected (%s, Osprey manager: %s); sending %d events...%n", protocol,
          counters.ospreyManager(), total);
      BitSet seen = new BitSet(total);
      long[] duplicated = {0};
      double cpuStart = Measure.cpuSeconds();
      long start = System.nanoTime();
      Thread producer = Thread.ofPlatform().name("bench-producer").start(() -> {
        try {
          for (int i = 0; i < total; i++) {
            local.send(new QueueMessage(QueueMessage.LOCALFILE, LOCATION, event(i)));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      List<QueueMessage> batch = new ArrayList<>(4096);
      long last = start;
      long idleLimit = Duration.ofSeconds(15).toNanos();
      while (seen.cardinality() < total && System.nanoTime() - last < idleLimit) {
        batch.clear();
        if (analysis.drainTo(batch, 4096) == 0) {
          QueueMessage m = analysis.poll(Duration.ofMillis(50));
          if (m == null) {
            continue;
          }
          batch.add(m);
        }
        last = System.nanoTime();
        for (QueueMessage m : batch) {
          int n = number(m.text());
          if (n < 0) {
            continue;
          }
          if (seen.get(n)) {
            duplicated[0]++;
          }
          seen.set(n);
        }
      }
      producer.join();
      double secs = (last - start) / 1e9;
      int got = seen.cardinality();
      System.out.printf("events sent %d, arrived %d, lost %d, duplicated %d%n", total, got, total - got,
          duplicated[0]);
      System.out.printf("agent -> manager: %.0f events/s (%.2f s, %d CPUs, CPU %.1f s)%n", got / secs, secs,
          Runtime.getRuntime().availableProcessors(), Measure.cpuSeconds() - cpuStart);
      System.out.printf("agentd sent %d, resent %d; remoted events %d, peak RSS %.0f MiB%n",
          counters.sent(), counters.resent(),
          remoted.channel().counters().events(), Measure.peakRssMib());
      agentd.stop();
      remoted.stop();
    }
  }

  private static boolean arrived(QueueReader analysis, String text) {
    QueueMessage m;
    while ((m = analysis.poll()) != null) {
      if (m.text().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /** A sshd line of the usual size, numbered. */
  static String event(int n) {
    return "Jan  2 10:11:12 web01 sshd[" + n + "]: Failed password for invalid user admin from 192.0.2.7"
        + " port 4242 ssh2";
  }

  /** The number {@link #event} put in, or -1 for other events (such as "Agent started"). */
  static int number(String text) {
    int open = text.indexOf("sshd[");
    int close = text.indexOf(']', open + 5);
    if (open < 0 || close < 0) {
      return -1;
    }
    try {
      return Integer.parseInt(text, open + 5, close, 10);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
