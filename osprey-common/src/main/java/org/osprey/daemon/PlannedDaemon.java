package org.osprey.daemon;

import org.jspecify.annotations.Nullable;

/**
 * A daemon an install runs, and the provider that implements it, if any.
 *
 * @param name the daemon name
 * @param runsAs its user under privilege separation
 * @param provider null when no module on the class path implements it yet
 */
public record PlannedDaemon(String name, RunsAs runsAs, @Nullable DaemonProvider provider) {

  /** True when a provider was found. */
  public boolean implemented() {
    return provider != null;
  }
}
