package org.osprey.queue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The reading end of a queue for other JVMs: binds a Unix-domain stream socket at the queue's path (mode
 * 0660, optionally given to a group) and feeds every decoded message into a local {@link MessageQueue}. When
 * that queue is full, the connection is not read, so the writer in the other JVM is pushed back through the
 * socket's buffers.
 */
final class SocketQueueServer {
  private static final int READ_BUFFER = 64 * 1024;

  private final Path socket;
  private final MessageQueue target;
  private final int maxFrame;
  private final @Nullable GroupPrincipal group;
  private final Map<SocketChannel, Thread> connections = new ConcurrentHashMap<>();
  private @Nullable ServerSocketChannel server;

  SocketQueueServer(Path socket, MessageQueue target, int maxFrame, @Nullable GroupPrincipal group) {
    this.socket = socket;
    this.target = target;
    this.maxFrame = maxFrame;
    this.group = group;
  }

  /** Binds the socket (replacing a stale socket file) and starts accepting writers. */
  void start() throws IOException {
    Path dir = socket.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.deleteIfExists(socket);
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(socket));
    Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw----"));
    if (group != null) {
      Files.setAttribute(socket, "posix:group", group, LinkOption.NOFOLLOW_LINKS);
    }
    server = channel;
    Thread.ofPlatform().daemon().name("queue-accept " + target.name()).start(() -> accept(channel));
  }

  private void accept(ServerSocketChannel channel) {
    while (channel.isOpen()) {
      try {
        SocketChannel connection = channel.accept();
        Thread reader =
            Thread.ofPlatform().daemon().name("queue-read " + target.name()).unstarted(() -> read(connection));
        connections.put(connection, reader);
        reader.start();
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        if (!channel.isOpen()) {
          return;
        }
      }
    }
  }

  private void read(SocketChannel connection) {
    FrameDecoder decoder = new FrameDecoder(maxFrame);
    ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER);
    long rejected = 0;
    List<QueueMessage> batch = List.of();
    int delivered = 0;
    try (connection) {
      while (connection.read(buffer) >= 0) {
        buffer.flip();
        batch = decoder.decode(buffer);
        buffer.clear();
        target.recordRejected(decoder.rejected() - rejected);
        rejected = decoder.rejected();
        for (delivered = 0; delivered < batch.size(); delivered++) {
          target.push(batch.get(delivered), PushPolicy.BLOCK);
        }
      }
    } catch (InterruptedException e) {
      // Shutting down while the queue was full: what was read but not queued is counted, not hidden.
      target.recordDropped(batch.size() - delivered);
    } catch (IOException e) {
      // The writer went away or the server is closing: the writer resends what it could not finish.
    } finally {
      decoder.finish();
      target.recordRejected(decoder.rejected() - rejected);
      connections.remove(connection);
    }
  }

  /** Stops accepting; waits up to {@code grace} for open connections to end, then closes them. */
  void close(Duration grace) {
    ServerSocketChannel channel = server;
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Closing a socket that is already gone.
    }
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // A socket file left behind is replaced at the next bind.
    }
    long end = System.nanoTime() + grace.toNanos();
    try {
      while (!connections.isEmpty() && System.nanoTime() < end) {
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Map.Entry<SocketChannel, Thread> open : connections.entrySet()) {
      open.getValue().interrupt();
      try {
        open.getKey().close();
      } catch (IOException e) {
        // Already closed by its reader.
      }
    }
  }
}
