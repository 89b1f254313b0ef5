package org.osprey.daemon;

import java.nio.file.Path;
import java.time.InstantSource;
import org.osprey.config.ConfigException;
import org.osprey.install.InstallType;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueHub;

/**
 * What a daemon gets from its supervisor.
 *
 * @param home the install home ({@code /var/ossec}); configuration is read from files under it
 * @param installType the install type being run
 * @param clock the time source; tests pass a fixed or stepping one
 * @param log this daemon's ossec.log logger
 * @param queues the queues to read and write, in this JVM or across JVMs alike
 * @param counters where to publish counters, already scoped to this daemon's name
 */
public record DaemonContext(
    Path home,
    InstallType installType,
    InstantSource clock,
    DaemonLog log,
    QueueHub queues,
    CounterBoard counters) {

  /** Reads some configuration of the install home. */
  @FunctionalInterface
  public interface ConfigReader<T> {
    T read(Path home) throws ConfigException;
  }

  /**
   * Reads configuration at the start of a daemon: on errors, logs each problem (file:line and
   * reason) to ossec.log and fails the start, as every OSSEC daemon refuses a bad configuration.
   */
  public <T> T config(ConfigReader<T> reader) {
    try {
      return reader.read(home);
    } catch (ConfigException e) {
      e.problems().forEach(p -> log.error(p.toString()));
      throw new IllegalStateException("configuration error in " + home.resolve("etc"), e);
    }
  }
}
