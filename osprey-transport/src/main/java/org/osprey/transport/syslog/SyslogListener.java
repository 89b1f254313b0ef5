package org.osprey.transport.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.osprey.config.IpRange;
import org.osprey.config.Protocol;
import org.osprey.daemon.CounterBoard;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueWriter;
import org.osprey.transport.keys.AddressMatch;
import org.osprey.transport.net.OpenConnections;

/**
 * remoted's {@code <connection>syslog</connection>}: UDP (one datagram, up to {@link #UDP_MAX} bytes, per
 * message) or TCP (newline or octet-counting framing). Senders must be in allowed-ips and not in denied-ips
 * (OSSEC accepts no one when allowed-ips is empty). Bad input is counted and logged, never fatal.
 */
public final class SyslogListener implements AutoCloseable {
  /** The largest UDP datagram read (OSSEC reads syslog datagrams into OS_MAXSTR). */
  public static final int UDP_MAX = 6144;

  private final List<IpRange> allowed;
  private final List<IpRange> denied;
  private final QueueWriter out;
  private final DaemonLog log;
  private final int readTimeoutMillis;
  private final Semaphore slots;
  private final @Nullable DatagramChannel udp;
  private final @Nullable ServerSocket tcp;
  private final Thread thread;
  private final OpenConnections open = new OpenConnections();
  final LongAdder received = new LongAdder();
  final LongAdder denials = new LongAdder();
  final LongAdder oversize = new LongAdder();
  final LongAdder malformed = new LongAdder();
  final LongAdder dropped = new LongAdder();

  /**
   * Binds and starts.
   *
   * @param readTimeoutMillis how long a TCP client may stay silent
   * @param maxClients TCP clients served at once
   */
  public SyslogListener(Protocol protocol, InetSocketAddress address, List<IpRange> allowed, List<IpRange> denied,
      QueueWriter out, DaemonLog log, int readTimeoutMillis, int maxClients) throws IOException {
    this.allowed = List.copyOf(allowed);
    this.denied = List.copyOf(denied);
    this.out = out;
    this.log = log;
    this.readTimeoutMillis = readTimeoutMillis;
    this.slots = new Semaphore(maxClients);
    if (protocol == Protocol.UDP) {
      DatagramChannel ch = DatagramChannel.open();
      ch.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
      ch.bind(address);
      this.udp = ch;
      this.tcp = null;
      this.thread = Thread.ofPlatform().name("osprey-remoted-syslog-udp").start(this::runUdp);
    } else {
      ServerSocket s = new ServerSocket();
      s.setReuseAddress(true);
      s.bind(address, 256);
      this.udp = null;
      this.tcp = s;
      this.thread = Thread.ofPlatform().name("osprey-remoted-syslog-tcp").start(this::runTcp);
    }
  }

  /** The bound address. */
  public InetSocketAddress address() throws IOException {
    return udp != null ? (InetSocketAddress) udp.getLocalAddress() : (InetSocketAddress) tcp.getLocalSocketAddress();
  }

  /** Publishes this listener's counters under {@code syslog_<proto>_<port>_...}. */
  public void publish(CounterBoard board, String prefix) {
    board.publish(prefix + "received", received::sum);
    board.publish(prefix + "denied", denials::sum);
    board.publish(prefix + "oversize", oversize::sum);
    board.publish(prefix + "malformed", malformed::sum);
    board.publish(prefix + "dropped", dropped::sum);
  }

  /** Whether {@code addr} may send: in allowed-ips and not in denied-ips. */
  public boolean allowed(InetAddress addr) {
    return AddressMatch.any(allowed, addr) && !AddressMatch.any(denied, addr);
  }

  private void runUdp() {
    DatagramChannel ch = udp;
    ByteBuffer buf = ByteBuffer.allocate(UDP_MAX + 1);
    while (ch != null && ch.isOpen()) {
      try {
        buf.clear();
        InetSocketAddress from = (InetSocketAddress) ch.receive(buf);
        if (from == null) {
          continue;
        }
        if (!allowed(from.getAddress())) {
          deny(from.getAddress());
          continue;
        }
        int len = buf.position();
        if (len > UDP_MAX) {
          oversize.increment();
          len = UDP_MAX;
        }
        deliver(buf.array(), 0, len, AddressMatch.text(from.getAddress()));
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        log.warn("Syslog UDP receive failed: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void deny(InetAddress a) {
    if (denials.sum() % 1000 == 0) {
      log.warn("Message from '" + AddressMatch.text(a) + "' not allowed (allowed-ips/denied-ips).");
    }
    denials.increment();
  }

  private void deliver(byte[] b, int off, int len, String sender) throws InterruptedException {
    QueueMessage m = SyslogCodec.decode(b, off, len, sender);
    if (m == null) {
      malformed.increment();
      return;
    }
    if (out.send(m)) {
      received.increment();
    } else {
      dropped.increment();
    }
  }

  private void runTcp() {
    ServerSocket s = tcp;
    if (s != null) {
      open.acceptUntilClosed(s, this::admit, this::serve, "osprey-remoted-syslog-conn",
          e -> log.warn("Syslog TCP accept failed: " + e.getMessage()));
    }
  }

  /** An allowed sender while a connection slot is free (taken here, given back when served). */
  private boolean admit(Socket c) {
    if (!allowed(c.getInetAddress())) {
      deny(c.getInetAddress());
      return false;
    }
    if (!slots.tryAcquire()) {
      log.warn("Too many syslog TCP clients; refusing " + AddressMatch.text(c.getInetAddress()) + ".");
      dropped.increment();
      return false;
    }
    return true;
  }

  private void serve(Socket c) {
    String sender = AddressMatch.text(c.getInetAddress());
    SyslogFrames frames = new SyslogFrames(SyslogCodec.MAX_MESSAGE);
    long seenOversize = 0;
    long seenMalformed = 0;
    try (c; InputStream in = c.getInputStream()) {
      c.setSoTimeout(readTimeoutMillis);
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) > 0) {
        for (byte[] msg : frames.decode(ByteBuffer.wrap(buf, 0, n))) {
          deliver(msg, 0, msg.length, sender);
        }
        oversize.add(frames.oversize() - seenOversize);
        malformed.add(frames.malformed() - seenMalformed);
        seenOversize = frames.oversize();
        seenMalformed = frames.malformed();
      }
    } catch (SocketTimeoutException e) {
      log.info("Syslog TCP client " + sender + " silent for " + readTimeoutMillis / 1000 + " s; closed.");
    } catch (IOException e) {
      // The client went away.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      slots.release();
    }
  }

  @Override
  public void close() {
    try {
      if (udp != null) {
        udp.close();
      }
      if (tcp != null) {
        tcp.close();
      }
      thread.join();
    } catch (IOException e) {
      log.warn("Closing the syslog socket: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    open.closeAll();
  }
}
