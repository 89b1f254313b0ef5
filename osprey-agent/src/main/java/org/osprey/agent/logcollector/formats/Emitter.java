package org.osprey.agent.logcollector.formats;

/** Where a format sends its events; the location is bound by the caller. */
@FunctionalInterface
public interface Emitter {
  /**
   * Sends one event.
   *
   * @param queue the OSSEC queue id ({@code 1} local file, {@code 3} hostinfo, {@code a} MySQL,
   *     {@code b} PostgreSQL)
   * @param text the event, bytes as Latin-1 chars
   * @throws InterruptedException when the daemon stops while the queue pushes back
   */
  void emit(char queue, String text) throws InterruptedException;
}
