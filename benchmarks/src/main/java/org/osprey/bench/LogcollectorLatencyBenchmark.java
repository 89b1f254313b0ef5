package org.osprey.bench;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.osprey.queue.QueueMessage;

/**
 * Latency of ossec-logcollector from a line being appended to a followed file to its event being on
 * the analysis queue. A writer appends one line per {@code write} at a steady rate (on a schedule,
 * so a slow collector cannot slow the writer and hide its own delay); each line carries the
 * {@code System.nanoTime()} of its write, and the reader of the queue subtracts it from the time
 * it receives the event. The first second is warm-up and not counted.
 *
 * <p>Usage: {@code LogcollectorLatencyBenchmark [lines/s] [seconds] [inotify|poll]}.
 */
public final class LogcollectorLatencyBenchmark {
  private LogcollectorLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    boolean notify = args.length <= 2 || !args[2].equals("poll");
    int total = rate * seconds;
    int warmup = rate;
    long[] latency = new long[total];
    try (LogcollectorHarness h = new LogcollectorHarness(notify)) {
      Thread.sleep(300); // let it open the file
      Thread reader = Thread.ofPlatform().name("bench-reader").start(() -> {
        try {
          int got = 0;
          while (got < total) {
            QueueMessage m = h.queue.poll(Duration.ofSeconds(10));
            if (m == null) {
              System.err.println("timed out after " + got + " events");
              return;
            }
            long now = System.nanoTime();
            String t = m.text();
            int seq = Integer.parseInt(t, t.indexOf(" seq=") + 5, t.indexOf(' ', t.indexOf(" seq=") + 5), 10);
            long sent = Long.parseLong(t, t.indexOf(" t=") + 3, t.length(), 10);
            latency[seq] = now - sent;
            got++;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      try (FileChannel out = FileChannel.open(h.file, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND)) {
        long start = System.nanoTime();
        long step = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
          long due = start + i * step;
          long wait;
          while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
          }
          String line = "Mar  5 10:00:00 web1 sshd[4242]: Failed password for root from 10.1.2.3"
              + " port 22 ssh2 seq=" + i + " t=" + System.nanoTime() + "\n";
          out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.ISO_8859_1)));
        }
      }
      reader.join();
    }
    long[] measured = Arrays.copyOfRange(latency, warmup, total);
    Arrays.sort(measured);
    System.out.printf(Locale.ROOT, "logcollector latency (%s), %d lines/s for %d s, %d lines measured"
        + " (first second is warm-up):%n", notify ? "inotify" : "polling fallback", rate, seconds,
        measured.length);
    System.out.printf(Locale.ROOT, "  p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
        ms(pct(measured, 50)), ms(pct(measured, 90)), ms(pct(measured, 99)),
        ms(pct(measured, 99.9)), ms(measured[measured.length - 1]));
    System.out.printf(Locale.ROOT, "  target p99 < 50 ms: %s%n", ms(pct(measured, 99)) < 50 ? "met" : "NOT met");
  }

  private static long pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
