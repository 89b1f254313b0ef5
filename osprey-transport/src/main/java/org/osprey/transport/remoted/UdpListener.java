package org.osprey.transport.remoted;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import org.osprey.log.DaemonLog;
import org.osprey.transport.codec.DatagramHeader;

/** The secure channel on UDP: one thread reading datagrams into the {@link SecureChannel}. */
public final class UdpListener implements AutoCloseable {
  private final DatagramChannel channel;
  private final SecureChannel secure;
  private final DaemonLog log;
  private final Thread thread;

  private UdpListener(DatagramChannel channel, SecureChannel secure, DaemonLog log) {
    this.channel = channel;
    this.secure = secure;
    this.log = log;
    this.thread = Thread.ofPlatform().name("osprey-remoted-udp").unstarted(this::run);
  }

  /** Binds {@code address} (port 0 for an ephemeral port) and starts reading. */
  public static UdpListener start(InetSocketAddress address, SecureChannel secure, DaemonLog log) throws IOException {
    DatagramChannel ch = DatagramChannel.open();
    ch.setOption(StandardSocketOptions.SO_RCVBUF, 8 << 20);
    ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
    ch.bind(address);
    UdpListener l = new UdpListener(ch, secure, log);
    l.thread.start();
    return l;
  }

  public InetSocketAddress address() throws IOException {
    return (InetSocketAddress) channel.getLocalAddress();
  }

  private void run() {
    ByteBuffer buf = ByteBuffer.allocateDirect(DatagramHeader.MAX_DATAGRAM + 1);
    while (channel.isOpen()) {
      try {
        buf.clear();
        InetSocketAddress from = (InetSocketAddress) channel.receive(buf);
        if (from == null) {
          continue;
        }
        buf.flip();
        byte[] data = new byte[buf.remaining()];
        buf.get(data);
        secure.receive(data, from, new UdpReply(channel, from));
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        log.warn("UDP receive failed: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
      thread.join();
    } catch (IOException e) {
      log.warn("Closing the UDP socket: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Replies to the source of a datagram. */
  record UdpReply(DatagramChannel channel, InetSocketAddress to) implements ReplyPath {
    @Override
    public void send(byte[] datagram) throws IOException {
      channel.send(ByteBuffer.wrap(datagram), to);
    }

    @Override
    public boolean stream() {
      return false;
    }
  }
}
