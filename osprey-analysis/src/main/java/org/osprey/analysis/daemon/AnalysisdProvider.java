package org.osprey.analysis.daemon;

import java.util.EnumSet;
import java.util.Set;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonProvider;
import org.osprey.daemon.RunsAs;
import org.osprey.install.InstallType;

/** Offers ossec-analysisd to the daemon runtime (listed in META-INF/services). */
public final class AnalysisdProvider implements DaemonProvider {
  @Override
  public String name() {
    return Analysisd.NAME;
  }

  @Override
  public RunsAs runsAs() {
    return RunsAs.OSPREY;
  }

  @Override
  public Set<InstallType> installTypes() {
    return EnumSet.of(InstallType.LOCAL, InstallType.SERVER);
  }

  @Override
  public Daemon create() {
    return new Analysisd();
  }
}
