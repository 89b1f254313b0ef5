package org.osprey.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osprey.log.OssecLog;
import org.osprey.queue.QueueCounters;
import org.osprey.queue.QueueRuntime;

/**
 * Runs some daemons of an install in this JVM. {@link #start} starts them in plan order and writes a pid
 * file for each; {@link #stop} (from a shutdown hook, or the foreground command) closes the queues from
 * other JVMs, stops the daemons in reverse order so each drains what its writers sent, delivers what is
 * left for other JVMs and removes the pid and state files. {@link #writeState} is called every few seconds.
 */
public final class Supervisor {
  private static final Duration INBOUND_GRACE = Duration.ofSeconds(5);
  private static final Duration OUTBOUND_DEADLINE = Duration.ofSeconds(10);

  private final SupervisorSettings settings;
  private final List<PlannedDaemon> toRun;
  private final QueueRuntime queues;
  private final OssecLog log;
  private final InstantSource clock;
  private final CounterBoard counters = new CounterBoard();
  private final RunFiles runFiles;
  private final long pid = ProcessHandle.current().pid();
  private final List<Daemon> running = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();
  private final List<String> disabled = new ArrayList<>();
  private boolean stopped;

  /**
   * @param toRun the implemented daemons this JVM runs, in start order
   */
  public Supervisor(
      SupervisorSettings settings,
      List<PlannedDaemon> toRun,
      QueueRuntime queues,
      OssecLog log,
      InstantSource clock) {
    for (PlannedDaemon d : toRun) {
      if (!d.implemented()) {
        throw new IllegalArgumentException(d.name() + " is not implemented and cannot be run");
      }
    }
    this.settings = settings;
    this.toRun = List.copyOf(toRun);
    this.queues = queues;
    this.log = log;
    this.clock = clock;
    this.runFiles = RunFiles.of(settings.home());
  }

  /** Starts every daemon; one that fails to start is logged as CRITICAL and left out. */
  public synchronized void start() throws IOException {
    for (PlannedDaemon planned : toRun) {
      DaemonProvider provider = Objects.requireNonNull(planned.provider());
      Daemon daemon = provider.create();
      DaemonContext context =
          new DaemonContext(
              settings.home(),
              settings.type(),
              clock,
              log.daemon(planned.name()),
              queues,
              counters.forDaemon(planned.name()));
      try {
        daemon.start(context);
      } catch (DaemonDisabledException e) {
        log.daemon(planned.name()).info("Disabled: " + e.getMessage() + "; not started.");
        disabled.add(planned.name());
        continue;
      } catch (Exception | LinkageError e) {
        log.daemon(planned.name()).critical("Could not start: " + describe(e));
        failed.add(planned.name());
        continue;
      }
      running.add(daemon);
      runFiles.writePid(planned.name(), pid);
      log.daemon(planned.name())
          .info("Started (pid: " + pid + ", user: " + settings.user() + ").");
    }
    writeState();
  }

  /** The names of the daemons running now, in start order. */
  public synchronized List<String> running() {
    List<String> out = new ArrayList<>(running.size());
    for (Daemon d : running) {
      out.add(d.name());
    }
    return out;
  }

  /** The names of the daemons that failed to start. */
  public synchronized List<String> failed() {
    return List.copyOf(failed);
  }

  /** The names of the daemons their configuration turns off ({@link DaemonDisabledException}). */
  public synchronized List<String> disabled() {
    return List.copyOf(disabled);
  }

  /** Rewrites the state file with the current counters. */
  public synchronized void writeState() throws IOException {
    if (stopped) {
      return;
    }
    Map<String, String> v = new LinkedHashMap<>();
    v.put("jvm", settings.jvm());
    v.put("pid", Long.toString(pid));
    v.put("user", settings.user());
    v.put("install_type", settings.type().id());
    v.put("launch_order", Integer.toString(settings.launchOrder()));
    ProcessHandle.current().info().startInstant().ifPresent(t -> v.put("process_start", InstantText.of(t)));
    v.put("updated", InstantText.of(clock.instant()));
    v.put("daemons", String.join(",", running()));
    v.put("failed", String.join(",", failed));
    v.put("disabled", String.join(",", disabled));
    for (QueueCounters q : queues.counters()) {
      String p = "queue." + q.queue() + "." + q.side() + ".";
      v.put(p + "received", Long.toString(q.received()));
      v.put(p + "queued", Long.toString(q.queued()));
      v.put(p + "dropped", Long.toString(q.dropped()));
      v.put(p + "high_water", Long.toString(q.highWater()));
      v.put(p + "rejected", Long.toString(q.rejected()));
    }
    counters.snapshot().forEach((k, n) -> v.put("counter." + k, Long.toString(n)));
    Files.createDirectories(runFiles.dir());
    new StateFile(v).write(runFiles.stateFile(settings.jvm()));
  }

  /** Stops everything (once; later calls return at once). */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    queues.closeInbound(INBOUND_GRACE);
    for (int i = running.size() - 1; i >= 0; i--) {
      Daemon daemon = running.get(i);
      try {
        daemon.stop();
        log.daemon(daemon.name()).info("Stopped.");
      } catch (RuntimeException | LinkageError e) {
        log.daemon(daemon.name()).error("Error while stopping: " + describe(e));
      }
      delete(runFiles.pidFile(daemon.name(), pid));
    }
    queues.closeOutbound(OUTBOUND_DEADLINE);
    for (QueueCounters q : queues.counters()) {
      if (q.dropped() > 0 || q.queued() > 0) {
        log.daemon("osprey-supervisor")
            .warn(
                "Queue " + q.queue() + " (" + q.side() + ") ends with " + q.queued()
                    + " undelivered and " + q.dropped() + " dropped message(s).");
      }
    }
    stopped = true;
    running.clear();
    delete(runFiles.stateFile(settings.jvm()));
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A stale run file is ignored by status (its pid is gone) and cleaned by the next start.
    }
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** Counters published by the daemons. */
  public CounterBoard counters() {
    return counters;
  }
}
