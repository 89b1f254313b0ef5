package org.osprey.transport.agentd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.codec.CodecException;
import org.osprey.transport.codec.LengthFrames;

/** One connection to the manager: a connected UDP socket, or a TCP socket with length framing. */
interface ManagerLink extends AutoCloseable {
  /** Sends a datagram; IOException is retriable (the manager is away). */
  void send(byte[] datagram) throws IOException;

  /** The next datagram from the manager, waiting at most {@code wait}; null when none came. */
  byte @Nullable [] receive(Duration wait) throws IOException;

  @Override
  void close();

  static ManagerLink udp(InetSocketAddress to) throws IOException {
    DatagramChannel ch = DatagramChannel.open();
    ch.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
    ch.setOption(StandardSocketOptions.SO_SNDBUF, 1 << 20);
    ch.connect(to);
    return new Udp(ch);
  }

  static ManagerLink tcp(InetSocketAddress to, Duration connectTimeout) throws IOException {
    Socket s = new Socket();
    try {
      s.connect(to, (int) connectTimeout.toMillis());
      s.setTcpNoDelay(true);
    } catch (IOException e) {
      s.close();
      throw e;
    }
    return new Tcp(s);
  }

  /** UDP. A read buffer of 6144 bytes, though a manager sends at most 1024. */
  final class Udp implements ManagerLink {
    private final DatagramChannel ch;
    private final java.nio.channels.Selector selector;
    private final ByteBuffer buf = ByteBuffer.allocate(6145);

    Udp(DatagramChannel ch) throws IOException {
      this.ch = ch;
      ch.configureBlocking(false);
      this.selector = java.nio.channels.Selector.open();
      ch.register(selector, java.nio.channels.SelectionKey.OP_READ);
    }

    @Override
    public void send(byte[] datagram) throws IOException {
      int n = ch.write(ByteBuffer.wrap(datagram));
      if (n == 0) {
        // Socket buffer full: wait briefly, as a blocking send would.
        long deadline = System.nanoTime() + 1_000_000_000L;
        ByteBuffer b = ByteBuffer.wrap(datagram);
        while (ch.write(b) == 0) {
          if (System.nanoTime() > deadline) {
            throw new IOException("UDP send buffer full");
          }
          Thread.onSpinWait();
        }
      }
    }

    @Override
    public byte @Nullable [] receive(Duration wait) throws IOException {
      buf.clear();
      if (ch.read(buf) <= 0) {
        selector.selectedKeys().clear();
        if (selector.select(Math.max(1, wait.toMillis())) == 0) {
          return null;
        }
        selector.selectedKeys().clear();
        buf.clear();
        if (ch.read(buf) <= 0) {
          return null;
        }
      }
      buf.flip();
      byte[] out = new byte[buf.remaining()];
      buf.get(out);
      return out;
    }

    @Override
    public void close() {
      try {
        selector.close();
        ch.close();
      } catch (IOException e) {
        // Closing anyway.
      }
    }
  }

  /** TCP with 4-byte length frames. */
  final class Tcp implements ManagerLink {
    private final Socket s;
    private final InputStream in;
    private final OutputStream out;
    private final LengthFrames frames = new LengthFrames(65536);
    private final ArrayDeque<byte[]> ready = new ArrayDeque<>();
    private final byte[] buf = new byte[65536];

    Tcp(Socket s) throws IOException {
      this.s = s;
      this.in = s.getInputStream();
      this.out = new java.io.BufferedOutputStream(s.getOutputStream(), 65536);
    }

    @Override
    public synchronized void send(byte[] datagram) throws IOException {
      out.write(LengthFrames.frame(datagram));
      out.flush();
    }

    @Override
    public byte @Nullable [] receive(Duration wait) throws IOException {
      if (!ready.isEmpty()) {
        return ready.poll();
      }
      s.setSoTimeout((int) Math.max(1, wait.toMillis()));
      try {
        int n = in.read(buf);
        if (n < 0) {
          throw new IOException("the manager closed the connection");
        }
        ready.addAll(frames.decode(ByteBuffer.wrap(buf, 0, n)));
      } catch (SocketTimeoutException e) {
        return null;
      } catch (CodecException e) {
        throw new IOException("bad frame from the manager: " + e.getMessage(), e);
      }
      return ready.poll();
    }

    @Override
    public void close() {
      try {
        s.close();
      } catch (IOException e) {
        // Closing anyway.
      }
    }
  }
}
