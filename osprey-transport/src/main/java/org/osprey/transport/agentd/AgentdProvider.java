package org.osprey.transport.agentd;

import java.util.EnumSet;
import java.util.Set;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonProvider;
import org.osprey.daemon.RunsAs;
import org.osprey.install.InstallType;

/** Offers ossec-agentd to the daemon runtime. */
public final class AgentdProvider implements DaemonProvider {
  @Override
  public String name() {
    return Agentd.NAME;
  }

  @Override
  public RunsAs runsAs() {
    return RunsAs.OSPREY;
  }

  @Override
  public Set<InstallType> installTypes() {
    return EnumSet.of(InstallType.AGENT);
  }

  @Override
  public Daemon create() {
    return new Agentd();
  }
}
