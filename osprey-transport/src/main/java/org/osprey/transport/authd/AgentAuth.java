package org.osprey.transport.authd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.keys.AgentKey;

/**
 * agent-auth's side of enrolment: connects with TLS 1.2, sends the request, reads the reply to the end and
 * returns the key once it is checked. With a CA, the manager's certificate must chain to it and name the
 * manager as given (OSSEC's {@code check_x509_cert}).
 *
 * @param manager the manager's host name or address
 * @param port its authd port
 * @param tls the agent's own certificate and key (optional), the CA for the manager (optional), ciphers
 * @param timeout for connecting, and for the whole exchange after that
 * @param progress receives OSSEC-style {@code INFO:} lines
 */
public record AgentAuth(String manager, int port, Tls tls, Duration timeout, Consumer<String> progress) {

  /**
   * Asks for a key for {@code name}.
   *
   * @param password the shared password, or null to send none
   * @throws EnrolmentException when the manager refuses, cannot be reached, or answers with no valid key
   * @throws TlsException when the local certificate, key or CA cannot be used
   */
  public AgentKey enrol(String name, @Nullable String password) throws EnrolmentException, TlsException {
    SSLContext ctx = tls.context();
    long deadline;
    try (SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket()) {
      s.setSSLParameters(tls.parameters(ctx, false));
      s.connect(new InetSocketAddress(manager, port), (int) timeout.toMillis());
      deadline = System.nanoTime() + timeout.toNanos();
      s.setSoTimeout((int) timeout.toMillis());
      s.startHandshake();
      progress.accept("INFO: Connected to " + manager + ":" + port);
      if (tls.ca() != null) {
        progress.accept("INFO: Verifying manager's certificate");
        Certificate[] chain = s.getSession().getPeerCertificates();
        if (!(chain[0] instanceof X509Certificate x) || !Tls.names(x, manager)) {
          throw new EnrolmentException("the manager's certificate does not name " + manager);
        }
      }
      progress.accept("INFO: Using agent name as: " + name);
      OutputStream out = s.getOutputStream();
      out.write(Enrolment.request(name, password).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      progress.accept("INFO: Send request to manager. Waiting for reply.");
      return Enrolment.parseReply(readReply(s, deadline));
    } catch (SocketTimeoutException e) {
      throw new EnrolmentException("no reply from " + manager + ":" + port + " within " + timeout.toSeconds()
          + " seconds", e);
    } catch (SSLException e) {
      throw new EnrolmentException("TLS with " + manager + ":" + port + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new EnrolmentException("unable to connect to " + manager + ":" + port + ": " + e.getMessage(), e);
    }
  }

  /** Until the key line's blank line, the end of the stream, or {@link Enrolment#MAX_MESSAGE} bytes. */
  private static String readReply(SSLSocket s, long deadline) throws IOException {
    InputStream in = s.getInputStream();
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[Enrolment.MAX_MESSAGE];
    while (got.size() < Enrolment.MAX_MESSAGE) {
      long ms = (deadline - System.nanoTime()) / 1_000_000;
      if (ms <= 0) {
        throw new SocketTimeoutException("deadline passed");
      }
      s.setSoTimeout((int) ms);
      int n;
      try {
        n = in.read(buf, 0, Enrolment.MAX_MESSAGE - got.size());
      } catch (SSLException e) {
        // OSSEC's agent-auth too takes an unclean end after the reply as the end.
        break;
      }
      if (n < 0) {
        break;
      }
      got.write(buf, 0, n);
      String text = got.toString(StandardCharsets.ISO_8859_1);
      if (text.startsWith("OSSEC K:'") && text.contains("'\n\n")) {
        break;
      }
    }
    return got.toString(StandardCharsets.ISO_8859_1);
  }
}
