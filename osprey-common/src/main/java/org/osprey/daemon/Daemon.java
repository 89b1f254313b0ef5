package org.osprey.daemon;

/**
 * One OSSEC daemon running inside a supervisor JVM. The supervisor calls {@link #start} once, then, at
 * shutdown, {@link #stop} once; both are called from the supervisor's thread, never concurrently.
 */
public interface Daemon {

  /** The OSSEC daemon name, e.g. {@code ossec-analysisd}; it names the pid file and the ossec.log lines. */
  String name();

  /**
   * Starts the daemon's work on its own threads and returns promptly. Reads its configuration from files
   * under {@link DaemonContext#home()}.
   *
   * @throws Exception when the daemon cannot run (bad configuration, a port in use); the supervisor logs
   *     it as CRITICAL and the daemon shows as stopped
   */
  void start(DaemonContext context) throws Exception;

  /**
   * Stops the daemon and returns when it is done: it stops taking new input, finishes (drains) every
   * message it already accepted from its queues, hands its output on, and ends its threads.
   */
  void stop();
}
