package org.osprey.install;

import java.util.Locale;

/** OSSEC's three install types. */
public enum InstallType {
  /** One standalone host: analysis and collection on the same machine. */
  LOCAL,
  /** The manager: local's daemons plus the agent channel, enrolment and agentless monitoring. */
  SERVER,
  /** A monitored host that sends its events to a manager. */
  AGENT;

  /** The lower-case name used on the command line and in files ({@code local}, {@code server}, {@code agent}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code local|server|agent} (OSSEC's {@code hybrid} is not supported). */
  public static InstallType parse(String text) {
    for (InstallType t : values()) {
      if (t.id().equalsIgnoreCase(text.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown install type '" + text + "' (expected local, server or agent)");
  }
}
