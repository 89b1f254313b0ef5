package org.osprey.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import org.osprey.agent.logcollector.Logcollector;
import org.osprey.config.InternalOptions;
import org.osprey.daemon.CounterBoard;
import org.osprey.daemon.DaemonContext;
import org.osprey.install.InstallType;
import org.osprey.log.OssecLog;
import org.osprey.queue.InMemoryQueueHub;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;
import org.osprey.queue.QueueSettings;

/**
 * ossec-logcollector as an install runs it, in a scratch home: one syslog localfile, the analysis
 * queue read by the benchmark instead of analysisd.
 */
final class LogcollectorHarness implements AutoCloseable {
  final Path home;
  final Path file;
  final QueueReader queue;
  private final OssecLog log;
  private final Logcollector daemon;

  /** @param notify false to make the collector poll instead of using inotify */
  LogcollectorHarness(boolean notify) throws Exception {
    home = Files.createTempDirectory("osprey-bench-logcollector");
    Files.createDirectories(home.resolve("etc"));
    Files.createDirectories(home.resolve("logs"));
    Files.createDirectories(home.resolve("queue/positions"));
    file = home.resolve("app.log");
    Files.writeString(file, "");
    Files.writeString(home.resolve("etc/internal_options.conf"), InternalOptions.defaultsText());
    Files.writeString(home.resolve("etc/ossec.conf"), "<ossec_config><localfile>"
        + "<log_format>syslog</log_format><location>" + file + "</location></localfile>"
        + "</ossec_config>\n");
    InMemoryQueueHub hub = new InMemoryQueueHub(QueueSettings.DEFAULT);
    queue = hub.reader(QueueName.ANALYSIS);
    log = new OssecLog(home.resolve("logs/ossec.log"), InstantSource.system(),
        ZoneId.systemDefault(), System.err);
    daemon = new Logcollector(java.util.List.of("journalctl"), notify);
    daemon.start(new DaemonContext(home, InstallType.AGENT, InstantSource.system(),
        log.daemon("ossec-logcollector"), hub, new CounterBoard().forDaemon("ossec-logcollector")));
  }

  @Override
  public void close() throws IOException {
    daemon.stop();
    log.close();
    try (Stream<Path> all = Files.walk(home)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
