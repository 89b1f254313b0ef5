package org.osprey.transport.authd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.osprey.config.IpRange;
import org.osprey.log.DaemonLog;
import org.osprey.transport.keys.AddressMatch;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.AgentNames;
import org.osprey.transport.keys.IpInUseException;
import org.osprey.transport.keys.KeysException;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.net.OpenConnections;

/**
 * ossec-authd's listener: TLS 1.2 connections, one virtual thread each, at most
 * {@link AuthdSettings#maxConnections()} at once. Each connection gets {@link AuthdSettings#ioTimeout()} for
 * its handshake and request, one reply, and is closed. Keys are added through {@link KeysFile#enrol}, under
 * the keys file's lock, so remoted sees them on its next reload.
 */
public final class AuthdServer implements AutoCloseable {
  private final AuthdSettings settings;
  private final KeysFile keys;
  private final DaemonLog log;
  private final SSLServerSocket server;
  private final Semaphore slots;
  private final Thread acceptor;
  private final OpenConnections open = new OpenConnections();

  /** Keys handed out. */
  public final LongAdder enrolled = new LongAdder();
  /** Requests refused: bad password, malformed, invalid or duplicate name, address in use, TLS failures. */
  public final LongAdder refused = new LongAdder();

  private AuthdServer(AuthdSettings settings, KeysFile keys, DaemonLog log, SSLServerSocket server) {
    this.settings = settings;
    this.keys = keys;
    this.log = log;
    this.server = server;
    this.slots = new Semaphore(settings.maxConnections());
    this.acceptor = Thread.ofPlatform().name("osprey-authd-accept").unstarted(this::accept);
  }

  /**
   * Loads the certificate and key, binds and starts accepting.
   *
   * @throws TlsException when the certificate, key, CA or cipher list cannot be used
   * @throws IOException when the port cannot be bound
   */
  public static AuthdServer start(AuthdSettings settings, KeysFile keys, DaemonLog log)
      throws TlsException, IOException {
    SSLContext ctx = settings.tls().context();
    SSLServerSocket s = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket();
    try {
      s.setSSLParameters(settings.tls().parameters(ctx, true));
      s.setReuseAddress(true);
      s.bind(settings.bind(), 128);
    } catch (IOException | TlsException | RuntimeException e) {
      s.close();
      throw e;
    }
    AuthdServer a = new AuthdServer(settings, keys, log, s);
    a.acceptor.start();
    return a;
  }

  /** The bound address. */
  public InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  private void accept() {
    open.acceptUntilClosed(server, c -> {
      if (slots.tryAcquire()) {
        return true;
      }
      refused.increment();
      log.warn("Too many enrolment connections (" + settings.maxConnections() + "); closing the one from "
          + source(c) + ".");
      return false;
    }, c -> {
      try {
        serve((SSLSocket) c);
      } finally {
        slots.release();
      }
    }, "osprey-authd-conn", e -> log.warn("Accepting an enrolment connection failed: " + e.getMessage()));
  }

  private static String source(Socket c) {
    return AddressMatch.text(((InetSocketAddress) c.getRemoteSocketAddress()).getAddress());
  }

  private void serve(SSLSocket c) {
    String from = source(c);
    long deadline = System.nanoTime() + settings.ioTimeout().toNanos();
    try (c) {
      c.setSoTimeout(remainingMillis(deadline));
      c.startHandshake();
      log.info("New connection from " + from);
      if (settings.verifyHost() && settings.tls().ca() != null && !peerNames(c, from)) {
        refused.increment();
        log.error("The certificate of " + from + " does not name that address; closing the connection.");
        return;
      }
      String request = readRequest(c.getInputStream(), deadline, c);
      switch (Enrolment.parse(request, settings.password())) {
        case Enrolment.BadPassword b -> {
          refused.increment();
          log.error("Invalid password provided by " + from + ". Closing connection.");
        }
        case Enrolment.Malformed m -> {
          refused.increment();
          log.error("Invalid request for new agent from: " + from);
        }
        case Enrolment.Enrol e -> enrol(e.name(), from, c.getOutputStream());
      }
    } catch (SocketTimeoutException e) {
      refused.increment();
      log.error("Enrolment connection from " + from + " timed out after " + settings.ioTimeout().toSeconds()
          + " seconds.");
    } catch (SSLException e) {
      refused.increment();
      log.error("TLS failure with " + from + ": " + e.getMessage());
    } catch (IOException e) {
      refused.increment();
      if (!server.isClosed()) {
        log.warn("Enrolment connection from " + from + " failed: " + e.getMessage());
      }
    }
  }

  private void enrol(String name, String from, OutputStream out) throws IOException {
    log.info("Received request for a new agent (" + name + ") from: " + from);
    if (!AgentNames.validName(name)) {
      refuse(out, "Invalid agent name: " + name, "Invalid agent name: " + name + " from " + from);
      return;
    }
    IpRange field = settings.useSourceIp() ? IpRange.parse(from) : IpRange.parse("any");
    if (field == null) {
      refuse(out, "Invalid IP address: " + from, "Cannot use the source address " + from + " of " + name);
      return;
    }
    AgentKey key;
    try {
      key = keys.enrol(name, Enrolment.MAX_NAME_SUFFIX, from, field);
    } catch (IpInUseException e) {
      refuse(out, "Invalid IP address: " + e.existing().id(),
          "Invalid IP address " + from + " (duplicated: agent " + e.existing().id() + ")");
      return;
    } catch (KeysException e) {
      boolean internal = e.getCause() instanceof IOException;
      refuse(out, internal ? "Internal manager error adding agent: " + name : "Invalid agent name: " + name,
          "Unable to add agent " + name + ": " + e.getMessage());
      return;
    }
    enrolled.increment();
    log.info("Agent key generated for " + key.name() + " (id " + key.id() + ", requested by " + from + ")");
    out.write(Enrolment.keyReply(key));
    out.flush();
  }

  private void refuse(OutputStream out, String reason, String logText) throws IOException {
    refused.increment();
    log.error(logText);
    out.write(Enrolment.errorReply(reason));
    out.flush();
  }

  /** Up to the first newline, {@link Enrolment#MAX_MESSAGE} bytes, or the end of the stream. */
  private static String readRequest(InputStream in, long deadline, SSLSocket c) throws IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[Enrolment.MAX_MESSAGE];
    while (got.size() < Enrolment.MAX_MESSAGE) {
      c.setSoTimeout(remainingMillis(deadline));
      int n = in.read(buf, 0, Enrolment.MAX_MESSAGE - got.size());
      if (n < 0) {
        break;
      }
      got.write(buf, 0, n);
      if (indexOf(buf, n, (byte) '\n') >= 0) {
        break;
      }
    }
    return got.toString(StandardCharsets.ISO_8859_1);
  }

  private static int indexOf(byte[] b, int n, byte v) {
    for (int i = 0; i < n; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static int remainingMillis(long deadline) throws SocketTimeoutException {
    long ms = (deadline - System.nanoTime()) / 1_000_000;
    if (ms <= 0) {
      throw new SocketTimeoutException("deadline passed");
    }
    return (int) Math.min(ms, Integer.MAX_VALUE);
  }

  private static boolean peerNames(SSLSocket c, String host) {
    try {
      Certificate[] chain = c.getSession().getPeerCertificates();
      return chain.length > 0 && chain[0] instanceof X509Certificate x && Tls.names(x, host);
    } catch (SSLPeerUnverifiedException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      server.close();
      acceptor.join();
    } catch (IOException e) {
      log.warn("Closing the enrolment socket: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    open.closeAll();
  }
}
