package org.osprey.daemon;

import java.util.Set;
import org.osprey.install.InstallType;

/**
 * How a module offers a daemon. Implementations are found with {@link java.util.ServiceLoader}: a module
 * lists its providers in {@code META-INF/services/org.osprey.daemon.DaemonProvider} and needs a public
 * no-argument constructor. A daemon of {@link DaemonCatalog} with no provider on the class path is reported
 * as "not implemented yet".
 */
public interface DaemonProvider {

  /** The daemon's OSSEC name, e.g. {@code ossec-remoted}. */
  String name();

  /** The user it runs as under privilege separation. */
  RunsAs runsAs();

  /** The install types that run it (OSSEC's daemons also run wherever {@link DaemonCatalog} says). */
  Set<InstallType> installTypes();

  /** A new, not yet started daemon. */
  Daemon create();
}
