package org.osprey.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One {@code <agentless>}: devices that agentlessd checks over SSH.
 *
 * @param type the script in agentless/ that does the check
 * @param hosts the {@code user@host} targets, in order, each as written (possibly starting with
 *     {@code use_su } or {@code use_sudo })
 * @param frequency the time between two checks
 * @param state how the check runs
 * @param runCommand the command run on the device, or empty
 * @param arguments arguments given to the script, or empty
 * @param port the SSH port, or 0 for the default
 * @param source the file it was written in
 * @param line its line
 */
public record AgentlessConfig(
    String type,
    List<String> hosts,
    Duration frequency,
    State state,
    String runCommand,
    String arguments,
    int port,
    String source,
    int line) {

  public AgentlessConfig {
    Objects.requireNonNull(type, "type");
    hosts = List.copyOf(hosts);
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("agentless needs a host");
    }
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(runCommand, "runCommand");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(source, "source");
  }

  /** How an agentless check runs. */
  public enum State {
    /** Run every {@code frequency}; report the output as events. */
    PERIODIC,
    /** Run every {@code frequency}; report what changed since the last run. */
    PERIODIC_DIFF,
    /** Stay connected and report what the device prints. */
    STAY_CONNECTED
  }
}
