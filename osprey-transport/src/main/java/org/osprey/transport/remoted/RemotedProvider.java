package org.osprey.transport.remoted;

import java.util.EnumSet;
import java.util.Set;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonProvider;
import org.osprey.daemon.RunsAs;
import org.osprey.install.InstallType;

/** Offers ossec-remoted to the daemon runtime. */
public final class RemotedProvider implements DaemonProvider {
  @Override
  public String name() {
    return Remoted.NAME;
  }

  @Override
  public RunsAs runsAs() {
    return RunsAs.OSPREYR;
  }

  @Override
  public Set<InstallType> installTypes() {
    return EnumSet.of(InstallType.SERVER);
  }

  @Override
  public Daemon create() {
    return new Remoted();
  }
}
