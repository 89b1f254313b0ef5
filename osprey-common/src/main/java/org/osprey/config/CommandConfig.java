package org.osprey.config;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code <command>}: an active-response script and what it needs from the alert.
 *
 * @param name the name active responses refer to
 * @param executable the script, under active-response/bin/
 * @param expect the alert fields the script needs (an alert without them runs no response)
 * @param timeoutAllowed whether the response may be undone after a timeout
 * @param source the file it was written in
 * @param line its line
 */
public record CommandConfig(
    String name, String executable, Set<Expect> expect, boolean timeoutAllowed, String source, int line) {

  public CommandConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(executable, "executable");
    expect = expect.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(expect));
    Objects.requireNonNull(source, "source");
  }

  /** An alert field a command needs. */
  public enum Expect {
    /** The user name ({@code user} or {@code username}). */
    USER,
    /** The source address. */
    SRCIP,
    /** The file name (syscheck and rootcheck alerts). */
    FILENAME
  }
}
