package org.osprey.daemon;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A supervisor JVM as its state file describes it, and whether it is still alive: its pid exists and,
 * when both are known, started at the recorded time (so a reused pid is not mistaken for it).
 *
 * @param file the state file
 * @param state its content
 * @param alive true when the process is running
 */
public record RunningJvm(Path file, StateFile state, boolean alive) {

  /** Every supervisor JVM that left a state file under {@code home}, in launch order. */
  public static List<RunningJvm> find(Path home) throws IOException {
    List<RunningJvm> out = new ArrayList<>();
    for (Path f : RunFiles.of(home).stateFiles()) {
      StateFile state;
      try {
        state = StateFile.read(f);
      } catch (NoSuchFileException e) {
        continue; // removed by its JVM while we looked
      }
      out.add(new RunningJvm(f, state, isAlive(state)));
    }
    out.sort(Comparator.comparingLong(j -> j.state().number("launch_order", 0)));
    return out;
  }

  private static boolean isAlive(StateFile state) {
    long pid = state.number("pid", -1);
    if (pid <= 0) {
      return false;
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      return false;
    }
    String recorded = state.get("process_start");
    Optional<Instant> actual = handle.get().info().startInstant();
    return recorded == null || actual.isEmpty() || InstantText.of(actual.get()).equals(recorded);
  }

  /** The JVM's pid. */
  public long pid() {
    return state.number("pid", -1);
  }

  /** The JVM's name: {@code all} or a run-as user. */
  public String jvm() {
    String v = state.get("jvm");
    return v == null ? "?" : v;
  }

  /** The user it runs as. */
  public String user() {
    String v = state.get("user");
    return v == null ? "?" : v;
  }

  /** The daemons running in it. */
  public List<String> daemons() {
    return state.list("daemons");
  }
}
