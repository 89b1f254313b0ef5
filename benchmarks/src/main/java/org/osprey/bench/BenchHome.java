package org.osprey.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import org.osprey.config.InternalOptions;
import org.osprey.daemon.CounterBoard;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonContext;
import org.osprey.install.InstallType;
import org.osprey.log.OssecLog;
import org.osprey.queue.InMemoryQueueHub;
import org.osprey.queue.QueueSettings;

/** A throw-away install home with in-memory queues, for running daemons inside a harness. */
final class BenchHome implements AutoCloseable {
  final Path home;
  final InMemoryQueueHub queues = new InMemoryQueueHub(new QueueSettings(1 << 20, 65536));
  private final InstallType type;
  private final OssecLog log;

  BenchHome(Path home, InstallType type, String ossecConf) throws IOException {
    this.home = home;
    this.type = type;
    Files.createDirectories(home.resolve("etc/shared"));
    Files.createDirectories(home.resolve("logs"));
    Files.writeString(home.resolve("etc/ossec.conf"), ossecConf);
    Files.writeString(home.resolve("etc/internal_options.conf"), InternalOptions.defaultsText());
    this.log = new OssecLog(home.resolve("logs/ossec.log"), InstantSource.system(), ZoneId.systemDefault(),
        new PrintStream(PrintStream.nullOutputStream()));
  }

  /** A manager home with a secure {@code <remote>} on UDP. */
  static BenchHome manager(Path home) throws IOException {
    return new BenchHome(home, InstallType.SERVER,
        "<ossec_config><remote><connection>secure</connection></remote></ossec_config>");
  }

  DaemonContext context(Daemon d) {
    return new DaemonContext(home, type, InstantSource.system(), log.daemon(d.name()), queues,
        new CounterBoard().forDaemon(d.name()));
  }

  @Override
  public void close() {
    log.close();
  }
}
