package org.osprey.agent.logcollector.commands;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueWriter;

/**
 * Runs the {@code command} and {@code full_command} localfiles at their frequencies, each run on
 * its own thread so a slow or hanging command never holds up the files or the other commands (a
 * platform thread: a virtual one would load the JDK's virtual-thread scheduler into the agent JVM
 * for a few runs an hour). A command runs first when the collector starts (OSSEC waits one period),
 * then each {@code frequency} after its previous start, by the injected clock; a run still going when the next
 * is due makes that one wait.
 */
public final class CommandScheduler {
  private static final Duration TICK = Duration.ofMillis(200);

  private final List<Slot> slots = new ArrayList<>();
  private final InstantSource clock;
  private final DaemonLog log;
  private final CommandStats stats = new CommandStats();
  private volatile boolean running;
  private @Nullable Thread ticker;

  private static final class Slot {
    final CommandJob job;
    @Nullable Instant due;
    @Nullable Thread run;

    Slot(CommandJob job) {
      this.job = job;
    }
  }

  /**
   * @param timeout how long a run may take before it is killed
   * @param maxLength the longest event text
   */
  public CommandScheduler(List<CommandSpec> specs, CommandRunner runner, Duration timeout,
      int maxLength, InstantSource clock, QueueWriter out, PositionStore positions, DaemonLog log) {
    this.clock = clock;
    this.log = log;
    for (CommandSpec s : specs) {
      slots.add(new Slot(new CommandJob(s, runner, timeout, maxLength, out, positions, log, stats)));
    }
  }

  /** What the commands have done. */
  public CommandStats stats() {
    return stats;
  }

  /** Starts the ticking thread (nothing when there are no commands). */
  public void start() {
    if (slots.isEmpty()) {
      return;
    }
    running = true;
    for (Slot s : slots) {
      CommandSpec spec = s.job.spec();
      log.info((spec.full() ? "Monitoring full output of command(" : "Monitoring output of command(")
          + spec.frequency().toSeconds() + "): " + spec.command());
    }
    ticker = Thread.ofPlatform().daemon().name("osprey-logcollector-commands").start(() -> {
      try {
        while (running) {
          tick();
          Thread.sleep(TICK);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }

  /** Starts every command that is due and not already running. */
  public synchronized void tick() {
    Instant now = clock.instant();
    for (Slot s : slots) {
      if (s.run != null && s.run.isAlive()) {
        continue;
      }
      if (s.due == null || !now.isBefore(s.due)) {
        s.due = now.plus(s.job.spec().frequency());
        s.run = Thread.ofPlatform().daemon().name("osprey-command-" + s.job.spec().location()).start(() -> {
          try {
            s.job.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (RuntimeException e) {
            log.error("Command '" + s.job.spec().command() + "' failed: " + e);
          }
        });
      }
    }
  }

  /** True when no run is going on. */
  public synchronized boolean idle() {
    for (Slot s : slots) {
      if (s.run != null && s.run.isAlive()) {
        return false;
      }
    }
    return true;
  }

  /** Stops scheduling; waits a little for runs in progress, then interrupts them. */
  public void stop() {
    running = false;
    Thread t = ticker;
    if (t != null) {
      t.interrupt();
    }
    List<Thread> runs = new ArrayList<>();
    synchronized (this) {
      for (Slot s : slots) {
        if (s.run != null) {
          runs.add(s.run);
        }
      }
    }
    try {
      for (Thread r : runs) {
        if (!r.join(Duration.ofSeconds(2))) {
          r.interrupt();
          r.join(Duration.ofSeconds(2));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
