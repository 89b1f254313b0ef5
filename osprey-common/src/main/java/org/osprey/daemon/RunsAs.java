package org.osprey.daemon;

import java.util.Locale;

/**
 * The user a daemon runs as when privileges are separated (ARCHITECTURE.md). Every service user has the
 * primary group {@value #GROUP}; {@link #ROOT} stays root.
 */
public enum RunsAs {
  /** analysisd, agentd, authd, monitord, agentlessd. */
  OSPREY("osprey"),
  /** remoted: the network-facing manager end of the agent channel. */
  OSPREYR("ospreyr"),
  /** maild, csyslogd, dbd: the outputs. */
  OSPREYM("ospreym"),
  /** logcollector, syscheckd, execd: they read any file or run responses. */
  ROOT("root");

  /** The group shared by the service users and owning the install tree. */
  public static final String GROUP = "osprey";

  private final String user;

  RunsAs(String user) {
    this.user = user;
  }

  /** The Unix user name. */
  public String user() {
    return user;
  }

  /** Parses a user name ({@code osprey}, {@code ospreyr}, {@code ospreym}, {@code root}). */
  public static RunsAs of(String user) {
    for (RunsAs r : values()) {
      if (r.user.equals(user.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown run-as user '" + user + "' (expected osprey, ospreyr, ospreym or root)");
  }
}
