package org.osprey.daemon.testing;

import java.time.Duration;
import java.util.Set;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonProvider;
import org.osprey.daemon.RunsAs;
import org.osprey.install.InstallType;

/** The providers registered in the test resources' META-INF/services, one per run-as user. */
public final class TestProviders {
  /** The file the source sends, relative to the home. */
  public static final String SOURCE_FILE = "etc/test-source.txt";

  /** The file the sink appends to, relative to the home. */
  public static final String SINK_FILE = "logs/test-sink.log";

  private TestProviders() {}

  /** Runs as root: sends {@link #SOURCE_FILE} to {@link TestQueues#RELAY}. */
  public static final class Source implements DaemonProvider {
    @Override
    public String name() {
      return "osprey-test-source";
    }

    @Override
    public RunsAs runsAs() {
      return RunsAs.ROOT;
    }

    @Override
    public Set<InstallType> installTypes() {
      return Set.of(InstallType.LOCAL);
    }

    @Override
    public Daemon create() {
      return new SourceDaemon(name(), SOURCE_FILE, TestQueues.RELAY);
    }
  }

  /** Runs as ospreyr: forwards {@link TestQueues#RELAY} to {@link TestQueues#SINK}. */
  public static final class Relay implements DaemonProvider {
    @Override
    public String name() {
      return "osprey-test-relay";
    }

    @Override
    public RunsAs runsAs() {
      return RunsAs.OSPREYR;
    }

    @Override
    public Set<InstallType> installTypes() {
      return Set.of(InstallType.LOCAL);
    }

    @Override
    public Daemon create() {
      return new RelayDaemon(name(), TestQueues.RELAY, TestQueues.SINK);
    }
  }

  /** Runs as osprey: appends {@link TestQueues#SINK} to {@link #SINK_FILE}. */
  public static final class Sink implements DaemonProvider {
    @Override
    public String name() {
      return "osprey-test-sink";
    }

    @Override
    public RunsAs runsAs() {
      return RunsAs.OSPREY;
    }

    @Override
    public Set<InstallType> installTypes() {
      return Set.of(InstallType.LOCAL);
    }

    @Override
    public Daemon create() {
      return new SinkDaemon(name(), TestQueues.SINK, SINK_FILE, Duration.ZERO);
    }
  }
}
