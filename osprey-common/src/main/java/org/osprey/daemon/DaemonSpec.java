package org.osprey.daemon;

import java.util.Set;
import org.osprey.install.InstallType;

/**
 * One of OSSEC's daemons as ARCHITECTURE.md lists it.
 *
 * @param name the OSSEC name, e.g. {@code ossec-analysisd}
 * @param runsAs its user under privilege separation
 * @param installTypes the install types that run it
 */
public record DaemonSpec(String name, RunsAs runsAs, Set<InstallType> installTypes) {
  public DaemonSpec {
    if (!name.startsWith("ossec-")) {
      throw new IllegalArgumentException("OSSEC daemon names start with ossec-: " + name);
    }
    installTypes = Set.copyOf(installTypes);
  }
}
