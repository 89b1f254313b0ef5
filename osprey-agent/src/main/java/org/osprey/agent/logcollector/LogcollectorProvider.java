package org.osprey.agent.logcollector;

import java.util.EnumSet;
import java.util.Set;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonProvider;
import org.osprey.daemon.RunsAs;
import org.osprey.install.InstallType;

/** Offers ossec-logcollector to the daemon runtime (listed in META-INF/services). */
public final class LogcollectorProvider implements DaemonProvider {
  @Override
  public String name() {
    return Logcollector.NAME;
  }

  @Override
  public RunsAs runsAs() {
    return RunsAs.ROOT;
  }

  @Override
  public Set<InstallType> installTypes() {
    return EnumSet.of(InstallType.LOCAL, InstallType.SERVER, InstallType.AGENT);
  }

  @Override
  public Daemon create() {
    return new Logcollector();
  }
}
