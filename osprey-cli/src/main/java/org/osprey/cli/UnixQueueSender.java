package org.osprey.cli;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osprey.queue.FrameEncoder;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;

/**
 * Writes one frame to the Unix-domain socket of a queue under the install home, as the daemons' own
 * socket writers do, and closes the connection.
 */
final class UnixQueueSender implements QueueSender {
  private final Path home;

  UnixQueueSender(Path home) {
    this.home = home;
  }

  @Override
  public void send(QueueName queue, QueueMessage message) throws IOException {
    Path socket = home.resolve(queue.path());
    if (!Files.exists(socket)) {
      throw new IOException("no daemon reads " + socket + " (is the manager running?)");
    }
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(socket));
      ByteBuffer frame = ByteBuffer.wrap(FrameEncoder.frame(message));
      while (frame.hasRemaining()) {
        ch.write(frame);
      }
    } catch (IOException e) {
      throw new IOException("cannot write to " + socket + " (is the manager running?): " + e.getMessage(), e);
    }
  }
}
