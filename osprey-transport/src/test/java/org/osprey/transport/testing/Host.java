package org.osprey.transport.testing;

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

/** A throw-away install home with its own queues, for running daemons in a test. */
public final class Host implements AutoCloseable {
  public final Path home;
  public final InMemoryQueueHub queues = new InMemoryQueueHub(new QueueSettings(200_000, 65536));
  public final CounterBoard counters = new CounterBoard();
  public final OssecLog log;
  private final InstallType type;

  public Host(Path home, InstallType type, String ossecConf) throws IOException {
    this.home = home;
    this.type = type;
    Files.createDirectories(home.resolve("etc/shared"));
    Files.createDirectories(home.resolve("logs"));
    Files.writeString(home.resolve("etc/ossec.conf"), ossecConf);
    Files.writeString(home.resolve("etc/internal_options.conf"), InternalOptions.defaultsText());
    this.log = new OssecLog(home.resolve("logs/ossec.log"), InstantSource.system(), ZoneId.systemDefault(),
        new PrintStream(PrintStream.nullOutputStream()));
  }

  public DaemonContext context(Daemon d) {
    return new DaemonContext(home, type, InstantSource.system(), log.daemon(d.name()), queues,
        counters.forDaemon(d.name()));
  }

  public String ossecLog() throws IOException {
    return Files.readString(home.resolve("logs/ossec.log"));
  }

  @Override
  public void close() {
    log.close();
  }
}
