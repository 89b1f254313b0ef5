package org.osprey.bench;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osprey.queue.QueueMessage;

/**
 * Throughput of ossec-logcollector on one fast-growing file: a writer appends syslog lines (about
 * 110 bytes each, varied) in 1 MiB writes as fast as it can while the collector follows the file
 * and the benchmark drains the analysis queue. Lines/s is measured from the first event queued to
 * the last; the writer's own rate is printed to show it was not the bottleneck.
 *
 * <p>Usage: {@code LogcollectorThroughputBenchmark [lines]}.
 */
public final class LogcollectorThroughputBenchmark {
  private LogcollectorThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
    try (LogcollectorHarness h = new LogcollectorHarness(true)) {
      Thread.sleep(300);
      long[] times = new long[2];
      long[] bytes = new long[1];
      Thread reader = Thread.ofPlatform().name("bench-reader").start(() -> {
        List<QueueMessage> batch = new ArrayList<>(4096);
        int got = 0;
        try {
          QueueMessage first = h.queue.poll(Duration.ofSeconds(30));
          if (first == null) {
            return;
          }
          times[0] = System.nanoTime();
          got = 1;
          while (got < total) {
            batch.clear();
            if (h.queue.drainTo(batch, 4096) == 0) {
              QueueMessage m = h.queue.poll(Duration.ofSeconds(10));
              if (m == null) {
                System.err.println("timed out after " + got + " events");
                return;
              }
              batch.add(m);
            }
            for (QueueMessage m : batch) {
              bytes[0] += m.text().length() + 1;
            }
            got += batch.size();
          }
          times[1] = System.nanoTime();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      double cpuBefore = Measure.cpuSeconds();
      long writeStart = System.nanoTime();
      long written = 0;
      try (FileChannel out = FileChannel.open(h.file, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND)) {
        StringBuilder b = new StringBuilder(1 << 20);
        String[] users = {"root", "admin", "alice", "bob", "deploy", "oracle", "test", "guest"};
        for (int i = 0; i < total; i++) {
          b.append("Mar  5 10:").append(10 + i / 60_000 % 50).append(':').append(10 + i / 1000 % 50)
              .append(" web").append(i % 16).append(" sshd[").append(1000 + i % 30_000)
              .append("]: Failed password for ").append(users[i % users.length]).append(" from 10.")
              .append(i >> 16 & 255).append('.').append(i >> 8 & 255).append('.').append(i & 255)
              .append(" port ").append(1024 + i % 60_000).append(" ssh2 n=").append(i).append('\n');
          if (b.length() > (1 << 20) - 200 || i == total - 1) {
            byte[] chunk = b.toString().getBytes(StandardCharsets.ISO_8859_1);
            ByteBuffer buf = ByteBuffer.wrap(chunk);
            while (buf.hasRemaining()) {
              out.write(buf);
            }
            written += chunk.length;
            b.setLength(0);
          }
        }
      }
      double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
      reader.join();
      double cpu = Measure.cpuSeconds() - cpuBefore;
      if (times[1] == 0) {
        System.out.println("did not receive every line");
        System.exit(1);
      }
      double seconds = (times[1] - times[0]) / 1e9;
      System.out.printf(Locale.ROOT, "logcollector throughput, one file, %d lines (%.0f MiB):%n",
          total, written / 1048576.0);
      System.out.printf(Locale.ROOT, "  %.0f lines/s (%.1f MiB/s) from the first event queued to the"
          + " last, %.2f s; writer alone %.0f lines/s%n", total / seconds,
          bytes[0] / seconds / 1048576.0, seconds, total / writeSeconds);
      System.out.printf(Locale.ROOT, "  process CPU %.1f s (writer, collector and reader together);"
          + " peak RSS %.0f MiB%n", cpu, Measure.peakRssMib());
      System.out.printf(Locale.ROOT, "  target >= 500000 lines/s: %s%n",
          total / seconds >= 500_000 ? "met" : "NOT met");
    }
  }
}
