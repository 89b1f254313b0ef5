package org.osprey.daemon;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.osprey.log.OssecLog;

/**
 * Runs a {@link Supervisor} until the JVM is asked to stop (SIGTERM, Ctrl-C): starts it, rewrites its state
 * file every {@code stateInterval}, and stops it cleanly from a shutdown hook, then closes ossec.log.
 */
public final class SupervisorRunner {
  private final Supervisor supervisor;
  private final OssecLog log;
  private final Duration stateInterval;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook;

  public SupervisorRunner(Supervisor supervisor, OssecLog log, Duration stateInterval) {
    if (stateInterval.isNegative() || stateInterval.isZero()) {
      throw new IllegalArgumentException("state interval must be positive");
    }
    this.supervisor = supervisor;
    this.log = log;
    this.stateInterval = stateInterval;
    this.hook = new Thread(this::shutdown, "osprey-shutdown");
  }

  /** Starts the daemons, the state refresher and the shutdown hook. */
  public void start() throws IOException {
    Runtime.getRuntime().addShutdownHook(hook);
    supervisor.start();
    Thread.ofPlatform().daemon().name("osprey-state").start(this::refreshState);
  }

  /** Waits until the shutdown hook has stopped everything. */
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  /** Stops now, from a normal thread (not a signal); safe to call more than once. */
  public void stop() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutdown already in progress: the hook does the work.
      return;
    }
    shutdown();
  }

  private void shutdown() {
    try {
      supervisor.stop();
    } finally {
      log.close();
      stopped.countDown();
    }
  }

  private void refreshState() {
    boolean warned = false;
    while (stopped.getCount() > 0) {
      try {
        Thread.sleep(stateInterval);
        supervisor.writeState();
        warned = false;
      } catch (InterruptedException e) {
        return;
      } catch (IOException e) {
        if (!warned) {
          log.daemon("osprey-supervisor").warn("Cannot write the state file: " + e.getMessage());
          warned = true;
        }
      }
    }
  }
}
