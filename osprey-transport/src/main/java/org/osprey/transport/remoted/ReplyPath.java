package org.osprey.transport.remoted;

import java.io.IOException;

/** Where datagrams for one agent go: its UDP address, or its TCP connection. */
public interface ReplyPath {
  /**
   * Sends one datagram.
   *
   * @throws IOException retriable: the agent is gone or the socket is full; the next control message
   *     from the agent sets a new path
   */
  void send(byte[] datagram) throws IOException;

  /** Whether this path carries datagrams over a stream (no 1024-byte limit). */
  boolean stream();
}
