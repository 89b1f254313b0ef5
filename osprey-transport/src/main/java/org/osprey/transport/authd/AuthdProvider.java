package org.osprey.transport.authd;

import java.util.EnumSet;
import java.util.Set;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonProvider;
import org.osprey.daemon.RunsAs;
import org.osprey.install.InstallType;

/** Offers ossec-authd to the daemon runtime (servers only; left out, as disabled, unless {@code <auth>} enables it). */
public final class AuthdProvider implements DaemonProvider {
  @Override
  public String name() {
    return Authd.NAME;
  }

  @Override
  public RunsAs runsAs() {
    return RunsAs.OSPREY;
  }

  @Override
  public Set<InstallType> installTypes() {
    return EnumSet.of(InstallType.SERVER);
  }

  @Override
  public Daemon create() {
    return new Authd();
  }
}
