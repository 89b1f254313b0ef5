package org.osprey.transport.net;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The connections a TCP listener has accepted and not yet finished serving, and the listener's accept
 * loop. When the listener stops it closes them all, so the threads reading them end.
 */
public final class OpenConnections {
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  /** A listener's check of a new connection; one it refuses (after logging and counting) is closed. */
  @FunctionalInterface
  public interface Admission {
    boolean admit(Socket connection) throws IOException;
  }

  /**
   * Accepts on {@code server} until it is closed. A connection {@code admission} lets in is tracked here
   * and served on its own virtual thread called {@code threadName}, and forgotten when {@code serve}
   * returns; one it refuses is closed. A failed accept goes to {@code failed}, unless the server was closed.
   */
  public void acceptUntilClosed(ServerSocket server, Admission admission, Consumer<Socket> serve, String threadName,
      Consumer<IOException> failed) {
    while (!server.isClosed()) {
      try {
        Socket c = server.accept();
        if (!admission.admit(c)) {
          c.close();
          continue;
        }
        open.add(c);
        Thread.ofVirtual().name(threadName).start(() -> {
          try {
            serve.accept(c);
          } finally {
            open.remove(c);
          }
        });
      } catch (IOException e) {
        if (!server.isClosed()) {
          failed.accept(e);
        }
      }
    }
  }

  public void add(Socket s) {
    open.add(s);
  }

  public void remove(Socket s) {
    open.remove(s);
  }

  /** Closes every connection still open. */
  public void closeAll() {
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException e) {
        // Closing anyway.
      }
    }
  }
}
