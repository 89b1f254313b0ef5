package org.osprey.transport.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpenConnectionsTest {
  @Test
  void refusedConnectionsAreClosedAdmittedOnesServedAndCloseAllEndsTheRest() throws Exception {
    OpenConnections open = new OpenConnections();
    BlockingQueue<String> served = new LinkedBlockingQueue<>();
    AtomicInteger arrivals = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = Thread.ofPlatform().start(() -> open.acceptUntilClosed(server,
          c -> arrivals.incrementAndGet() != 1, // the first one is refused
          c -> {
            try (c; InputStream in = c.getInputStream()) {
              served.add(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            } catch (IOException e) {
              served.add("closed");
            }
          }, "t-conn", e -> served.add("accept failed")));
      try (Socket refused = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
        assertThat(refused.getInputStream().read()).as("a refused connection is closed").isEqualTo(-1);
      }
      try (Socket admitted = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
        admitted.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));
        admitted.shutdownOutput();
        assertThat(served.poll(10, TimeUnit.SECONDS)).isEqualTo("hello");
      }
      try (Socket lingering = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
        lingering.getOutputStream().write("x".getBytes(StandardCharsets.US_ASCII));
        while (arrivals.get() < 3) {
          Thread.sleep(10);
        }
        Thread.sleep(100); // the server side is being read
        server.close();
        acceptor.join(10_000);
        assertThat(acceptor.isAlive()).as("the accept loop ends with its server").isFalse();
        open.closeAll();
        assertThat(served.poll(10, TimeUnit.SECONDS)).as("closeAll ends the open connection").isIn("x", "closed");
      }
      assertThat(served).as("no failed accept was reported for the closed server").isEmpty();
    }
  }
}
