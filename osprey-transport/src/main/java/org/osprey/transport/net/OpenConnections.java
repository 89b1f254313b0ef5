package org.osprey.transport.net;

import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connections a TCP listener has accepted and not yet finished serving. When the listener stops
 * it closes them all, so the threads reading them end.
 */
public final class OpenConnections {
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

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
