package org.osprey.queue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The writing end of a queue read by another JVM. Producers put messages into a bounded send buffer (a
 * {@link MessageQueue}, so push-back and drops work as in memory); one thread connects to the reader's
 * socket, waiting and reconnecting as long as it takes, and writes the messages as frames in batches. A batch
 * whose write fails is sent again on the next connection, so a broken connection can repeat messages but
 * does not lose them.
 */
final class SocketQueueWriter {
  private static final int MAX_BATCH = 1024;
  private static final int BUFFER_BYTES = 256 * 1024;
  private static final long RETRY_MIN_MS = 20;
  private static final long RETRY_MAX_MS = 1000;

  private final Path socket;
  private final MessageQueue outbound;
  private final ByteBuffer buffer;
  private final List<QueueMessage> batch = new ArrayList<>();
  private final Thread sender;
  private volatile long deadline;
  private volatile boolean closing;

  SocketQueueWriter(QueueName name, Path socket, QueueSettings settings) {
    this.socket = socket;
    this.outbound = new MessageQueue(name, "out", settings.capacity());
    this.buffer = ByteBuffer.allocate(Math.max(BUFFER_BYTES, settings.maxFrame() + FrameEncoder.HEADER));
    this.sender = Thread.ofPlatform().daemon().name("queue-send " + name).unstarted(this::run);
  }

  void start() {
    sender.start();
  }

  /** The send buffer that producers write into. */
  MessageQueue outbound() {
    return outbound;
  }

  private void run() {
    @Nullable SocketChannel channel = null;
    long retryMs = RETRY_MIN_MS;
    try {
      while (true) {
        if (closing && batch.isEmpty() && outbound.size() == 0) {
          return;
        }
        if (closing && System.nanoTime() - deadline > 0) {
          return;
        }
        if (channel == null) {
          // Connect before taking messages: until then they wait in the send buffer, visible as queued.
          channel = connect();
          if (channel == null) {
            Thread.sleep(retryMs);
            retryMs = Math.min(RETRY_MAX_MS, retryMs * 2);
            continue;
          }
          retryMs = RETRY_MIN_MS;
        }
        if (batch.isEmpty()) {
          QueueMessage first = outbound.poll(Duration.ofMillis(100));
          if (first == null) {
            continue;
          }
          batch.add(first);
          outbound.drainTo(batch, MAX_BATCH - 1);
        }
        try {
          send(channel);
          batch.clear();
        } catch (IOException e) {
          // Resend the whole batch on the next connection.
          close(channel);
          channel = null;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close(channel);
      long lost = batch.size() + outbound.drainTo(new ArrayList<>(), Integer.MAX_VALUE);
      outbound.recordDropped(lost);
      batch.clear();
    }
  }

  private @Nullable SocketChannel connect() {
    SocketChannel channel = null;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      channel.connect(UnixDomainSocketAddress.of(socket));
      return channel;
    } catch (IOException e) {
      close(channel);
      return null;
    }
  }

  private void send(SocketChannel channel) throws IOException {
    buffer.clear();
    for (QueueMessage message : batch) {
      byte[] payload = FrameEncoder.payload(message);
      if (buffer.remaining() < FrameEncoder.HEADER + payload.length) {
        flush(channel);
      }
      FrameEncoder.put(payload, buffer);
    }
    flush(channel);
  }

  private void flush(SocketChannel channel) throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  /**
   * Delivers what is queued, waiting at most {@code wait} for the reader; whatever is left after that is
   * counted as dropped.
   */
  void close(Duration wait) {
    deadline = System.nanoTime() + wait.toNanos();
    closing = true;
    try {
      sender.join(wait.plusMillis(500));
      if (sender.isAlive()) {
        sender.interrupt();
        sender.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void close(@Nullable SocketChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing more to do with a broken connection.
      }
    }
  }
}
