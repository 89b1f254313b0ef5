package org.osprey.daemon;

import static org.osprey.install.InstallType.AGENT;
import static org.osprey.install.InstallType.LOCAL;
import static org.osprey.install.InstallType.SERVER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osprey.install.InstallType;

/**
 * OSSEC's daemons, which install types run them and as whom (ARCHITECTURE.md, "Install types" and
 * "Daemons"). Listed in start order: the readers of a queue start before its writers, and the supervisor
 * stops them in reverse, so writers stop first and readers drain what they sent. Rootcheck is a module of
 * syscheckd, not a daemon.
 */
public final class DaemonCatalog {
  private static final List<DaemonSpec> ALL =
      List.of(
          new DaemonSpec("ossec-analysisd", RunsAs.OSPREY, Set.of(LOCAL, SERVER)),
          new DaemonSpec("ossec-agentd", RunsAs.OSPREY, Set.of(AGENT)),
          new DaemonSpec("ossec-execd", RunsAs.ROOT, Set.of(LOCAL, SERVER, AGENT)),
          new DaemonSpec("ossec-maild", RunsAs.OSPREYM, Set.of(LOCAL, SERVER)),
          new DaemonSpec("ossec-csyslogd", RunsAs.OSPREYM, Set.of(LOCAL, SERVER)),
          new DaemonSpec("ossec-dbd", RunsAs.OSPREYM, Set.of(SERVER)),
          new DaemonSpec("ossec-remoted", RunsAs.OSPREYR, Set.of(SERVER)),
          new DaemonSpec("ossec-authd", RunsAs.OSPREY, Set.of(SERVER)),
          new DaemonSpec("ossec-agentlessd", RunsAs.OSPREY, Set.of(SERVER)),
          new DaemonSpec("ossec-monitord", RunsAs.OSPREY, Set.of(LOCAL, SERVER)),
          new DaemonSpec("ossec-syscheckd", RunsAs.ROOT, Set.of(LOCAL, SERVER, AGENT)),
          new DaemonSpec("ossec-logcollector", RunsAs.ROOT, Set.of(LOCAL, SERVER, AGENT)));

  private DaemonCatalog() {}

  /** Every OSSEC daemon, in start order. */
  public static List<DaemonSpec> all() {
    return ALL;
  }

  /** The daemons {@code type} runs, in start order. */
  public static List<DaemonSpec> required(InstallType type) {
    List<DaemonSpec> out = new ArrayList<>();
    for (DaemonSpec d : ALL) {
      if (d.installTypes().contains(type)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** The daemon called {@code name}, if it is one of OSSEC's. */
  public static Optional<DaemonSpec> find(String name) {
    for (DaemonSpec d : ALL) {
      if (d.name().equals(name)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
