package org.osprey.config;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <active-response>}. The manager form names a command, where it runs and which alerts
 * trigger it; the agent form (no command) only says whether execd is disabled and how repeated
 * offenders are blocked for longer.
 *
 * @param command the {@code <command>} it runs, or null in the agent form
 * @param locations where it runs (empty in the agent form)
 * @param agentId the agent for {@link Location#DEFINED_AGENT}, or null
 * @param rulesId the rule ids that trigger it
 * @param rulesGroup the rule group that triggers it, or null
 * @param level the lowest rule level that triggers it (0: level does not trigger)
 * @param timeout how long before the response is undone (0: never)
 * @param disabled whether active response is turned off
 * @param repeatedOffenders for repeat offenders, the successive block times in minutes
 * @param source the file it was written in
 * @param line its line
 */
public record ActiveResponseConfig(
    @Nullable String command,
    Set<Location> locations,
    @Nullable String agentId,
    List<Integer> rulesId,
    @Nullable String rulesGroup,
    int level,
    Duration timeout,
    boolean disabled,
    List<Integer> repeatedOffenders,
    String source,
    int line) {

  public ActiveResponseConfig {
    locations = locations.isEmpty()
        ? Set.of()
        : java.util.Collections.unmodifiableSet(EnumSet.copyOf(locations));
    if (command != null && locations.isEmpty() && !disabled) {
      throw new IllegalArgumentException("an active response needs a location");
    }
    if (locations.contains(Location.DEFINED_AGENT) && agentId == null) {
      throw new IllegalArgumentException("defined-agent needs an agent id");
    }
    rulesId = List.copyOf(rulesId);
    if (level < 0 || level > 20) {
      throw new IllegalArgumentException("level " + level);
    }
    Objects.requireNonNull(timeout, "timeout");
    repeatedOffenders = List.copyOf(repeatedOffenders);
    Objects.requireNonNull(source, "source");
  }

  /** The name OSSEC gives the response in ar.conf and on the wire: command then timeout seconds. */
  public String arName() {
    if (command == null) {
      throw new IllegalStateException("the agent form has no command");
    }
    return command + timeout.toSeconds();
  }

  /** Where a response runs. */
  public enum Location {
    /** On the manager ({@code server}, {@code AS}, {@code analysisd}, {@code analysis-server}). */
    SERVER,
    /** On the agent that produced the event ({@code local}). */
    LOCAL,
    /** On the agent named by {@code agent_id} ({@code defined-agent}). */
    DEFINED_AGENT,
    /** On every agent ({@code all} or {@code any}). */
    ALL
  }
}
