package org.osprey.transport.remoted;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import org.osprey.log.DaemonLog;
import org.osprey.transport.codec.CodecException;
import org.osprey.transport.codec.DatagramHeader;
import org.osprey.transport.codec.LengthFrames;
import org.osprey.transport.net.OpenConnections;

/**
 * The secure channel on TCP, for Osprey agents: each datagram in a 4-byte big-endian length frame. One
 * virtual thread per connection; replies go back on the same connection.
 */
public final class TcpListener implements AutoCloseable {
  private final ServerSocket server;
  private final SecureChannel secure;
  private final DaemonLog log;
  private final Thread acceptor;
  private final OpenConnections open = new OpenConnections();

  private TcpListener(ServerSocket server, SecureChannel secure, DaemonLog log) {
    this.server = server;
    this.secure = secure;
    this.log = log;
    this.acceptor = Thread.ofPlatform().name("osprey-remoted-tcp").unstarted(this::accept);
  }

  public static TcpListener start(InetSocketAddress address, SecureChannel secure, DaemonLog log) throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(address, 1024);
    TcpListener l = new TcpListener(s, secure, log);
    l.acceptor.start();
    return l;
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  private void accept() {
    open.acceptUntilClosed(server, c -> {
      c.setTcpNoDelay(true);
      return true;
    }, this::serve, "osprey-remoted-tcp-conn", e -> log.warn("TCP accept failed: " + e.getMessage()));
  }

  private void serve(Socket c) {
    InetSocketAddress from = (InetSocketAddress) c.getRemoteSocketAddress();
    LengthFrames frames = new LengthFrames(DatagramHeader.MAX_DATAGRAM);
    try (c; InputStream in = c.getInputStream()) {
      TcpReply reply = new TcpReply(c.getOutputStream());
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) > 0) {
        for (byte[] d : frames.decode(ByteBuffer.wrap(buf, 0, n))) {
          secure.receive(d, from, reply);
        }
      }
    } catch (CodecException e) {
      log.warn("Closing TCP connection from " + from.getAddress().getHostAddress() + ": " + e.getMessage() + ".");
    } catch (SocketException e) {
      // Closed by the peer or at stop.
    } catch (IOException e) {
      log.warn("TCP connection from " + from.getAddress().getHostAddress() + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    try {
      server.close();
      acceptor.join();
    } catch (IOException e) {
      log.warn("Closing the TCP socket: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    open.closeAll();
  }

  /** Writes frames to one connection; writers take turns. */
  static final class TcpReply implements ReplyPath {
    private final OutputStream out;

    TcpReply(OutputStream out) {
      this.out = out;
    }

    @Override
    public synchronized void send(byte[] datagram) throws IOException {
      out.write(LengthFrames.frame(datagram));
      out.flush();
    }

    @Override
    public boolean stream() {
      return true;
    }
  }
}
