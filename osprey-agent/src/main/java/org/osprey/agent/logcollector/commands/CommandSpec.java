package org.osprey.agent.logcollector.commands;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code command} or {@code full_command} localfile.
 *
 * @param command what {@code /bin/sh -c} runs
 * @param location the event location and the name in the output prefix: the alias, or else the
 *     command, with every {@code :} turned into {@code \} as OSSEC does (a {@code :} would end the
 *     location in the queue message)
 * @param full true for full_command (one event per run), false for command (one per line)
 * @param frequency the time between the starts of two runs
 * @param checkDiff send the output only when it differs from the last run's
 */
public record CommandSpec(
    String command, String location, boolean full, Duration frequency, boolean checkDiff) {
  public CommandSpec {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(location, "location");
    if (frequency.isNegative() || frequency.isZero()) {
      throw new IllegalArgumentException("frequency must be positive: " + frequency);
    }
  }

  /** A spec from the localfile's fields: the location is the alias or the command, without colons. */
  public static CommandSpec of(String command, @Nullable String alias, boolean full, Duration frequency,
      boolean checkDiff) {
    String name = alias == null || alias.isEmpty() ? command : alias;
    return new CommandSpec(command, name.replace(':', '\\'), full, frequency, checkDiff);
  }

  /** The key of this command's output digest in the positions. */
  public String digestKey() {
    return (full ? "full_command:" : "command:") + location + "\t" + command;
  }
}
