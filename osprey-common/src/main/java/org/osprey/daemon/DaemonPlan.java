package org.osprey.daemon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.osprey.install.InstallType;

/**
 * The daemons an install type runs: OSSEC's (from {@link DaemonCatalog}, in its order), then any other
 * daemon whose provider lists the type, in class-path order. For each, the provider found, or none ("not
 * implemented yet"). A provider's {@link DaemonProvider#runsAs()} is what counts; the first provider of a
 * name wins.
 *
 * @param type the install type
 * @param daemons in start order
 */
public record DaemonPlan(InstallType type, List<PlannedDaemon> daemons) {
  public DaemonPlan {
    daemons = List.copyOf(daemons);
  }

  /** The plan for {@code type} with the providers found by {@link ServiceLoader} on the class path. */
  public static DaemonPlan discover(InstallType type) {
    return of(type, ServiceLoader.load(DaemonProvider.class, DaemonPlan.class.getClassLoader()));
  }

  /** The plan for {@code type} with the given providers. */
  public static DaemonPlan of(InstallType type, Iterable<DaemonProvider> providers) {
    Map<String, DaemonProvider> byName = new LinkedHashMap<>();
    for (DaemonProvider p : providers) {
      byName.putIfAbsent(p.name(), p);
    }
    List<PlannedDaemon> out = new ArrayList<>();
    for (DaemonSpec spec : DaemonCatalog.required(type)) {
      DaemonProvider p = byName.remove(spec.name());
      out.add(new PlannedDaemon(spec.name(), p == null ? spec.runsAs() : p.runsAs(), p));
    }
    for (DaemonProvider p : byName.values()) {
      if (p.installTypes().contains(type)) {
        out.add(new PlannedDaemon(p.name(), p.runsAs(), p));
      }
    }
    return new DaemonPlan(type, out);
  }

  /** The daemons with a provider, in start order. */
  public List<PlannedDaemon> implemented() {
    List<PlannedDaemon> out = new ArrayList<>();
    for (PlannedDaemon d : daemons) {
      if (d.implemented()) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** The daemons without a provider. */
  public List<PlannedDaemon> notImplemented() {
    return daemons.stream().filter(d -> !d.implemented()).toList();
  }

  /** The users that have at least one implemented daemon, in order of their first daemon. */
  public List<RunsAs> groups() {
    Set<RunsAs> seen = new LinkedHashSet<>();
    implemented().forEach(d -> seen.add(d.runsAs()));
    return List.copyOf(seen);
  }

  /** The implemented daemons that run as {@code user}, in start order. */
  public List<PlannedDaemon> implementedAs(RunsAs user) {
    return implemented().stream().filter(d -> d.runsAs() == user).toList();
  }
}
