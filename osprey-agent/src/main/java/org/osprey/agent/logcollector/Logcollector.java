package org.osprey.agent.logcollector;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.commands.CommandRunner;
import org.osprey.agent.logcollector.commands.CommandScheduler;
import org.osprey.agent.logcollector.files.FileCollector;
import org.osprey.agent.logcollector.formats.FormatContext;
import org.osprey.agent.logcollector.journald.JournaldSource;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.daemon.CounterBoard;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonContext;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueName;

/**
 * ossec-logcollector: follows the log files, commands and journald sources of the
 * {@code <localfile>} entries of {@code etc/ossec.conf} and sends their events to the local queue
 * as {@code 1:<location>:<text>} (analysisd reads it on a local or server install, agentd on an
 * agent). What was sent is kept under {@code queue/positions/}, so a restart resumes where the last
 * run stopped.
 */
public final class Logcollector implements Daemon {
  static final String NAME = "ossec-logcollector";

  /** Where the positions are kept, under the install home. */
  public static final String POSITIONS = "queue/positions/logcollector";

  private final List<String> journalctl;
  private final boolean useNotification;
  private @Nullable FileCollector files;
  private @Nullable CommandScheduler commands;
  private final List<JournaldSource> journals = new ArrayList<>();
  private @Nullable PositionStore positions;
  private @Nullable DaemonLog log;

  /** The daemon as installs run it: journald through {@code journalctl}, inotify when available. */
  public Logcollector() {
    this(List.of("journalctl"), true);
  }

  /**
   * @param journalctl the journalctl program (tests give a stand-in)
   * @param useNotification false to poll files only
   */
  public Logcollector(List<String> journalctl, boolean useNotification) {
    this.journalctl = List.copyOf(journalctl);
    this.useNotification = useNotification;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start(DaemonContext context) throws Exception {
    DaemonLog l = context.log();
    this.log = l;
    Path home = context.home();
    LogcollectorSettings s = context.config(LogcollectorSettings::read);
    for (String note : s.notes()) {
      if (note.startsWith("ERROR: ")) {
        l.error(note.substring(7));
      } else if (note.startsWith("WARN: ")) {
        l.warn(note.substring(6));
      } else {
        l.info(note.substring(note.indexOf(": ") + 2));
      }
    }
    PositionStore store = PositionStore.open(home.resolve(POSITIONS), l::warn);
    this.positions = store;
    CountingWriter out = new CountingWriter(context.queues().writer(QueueName.ANALYSIS));
    Supplier<ZoneId> zone = systemZone();
    String host = shortHostname();
    FormatContext formats =
        new FormatContext(s.maxLineLength(), host, context.clock(), zone, l::warn);

    FileCollector.Settings fs = FileCollector.Settings.of(s.loopTimeout(), s.openAttempts(),
        s.maxLines(), s.maxLineLength()).withNotification(useNotification);
    FileCollector fc = new FileCollector(s.files(), fs, store, out, l, context.clock(), formats);
    this.files = fc;
    CommandScheduler cs = new CommandScheduler(s.commands(), new CommandRunner(),
        s.commandTimeout(), s.maxLineLength(), context.clock(), out, store, l);
    this.commands = cs;
    Duration journalRestart = Duration.ofSeconds(Math.max(5, s.loopTimeout().toSeconds()));
    for (LogcollectorSettings.Journal j : s.journals()) {
      journals.add(new JournaldSource(journalctl, j.location(), j.onlyFutureEvents(), store, out,
          l, zone.get(), host, s.maxLineLength(), journalRestart));
    }
    publish(context.counters(), out, fc, cs);

    fc.start();
    cs.start();
    journals.forEach(JournaldSource::start);
    if (s.empty()) {
      l.info("No <localfile> to read.");
    }
    l.info("Started (pid: " + ProcessHandle.current().pid() + ").");
  }

  private void publish(CounterBoard c, CountingWriter out, FileCollector fc, CommandScheduler cs) {
    c.publish("events", out::sent);
    c.publish("refused", out::refused);
    c.publish("lines", () -> fc.stats().lines());
    c.publish("files", () -> fc.stats().followed());
    c.publish("rotations", () -> fc.stats().rotations());
    c.publish("truncations", () -> fc.stats().truncations());
    c.publish("long_lines", () -> fc.stats().longLines());
    c.publish("command_runs", () -> cs.stats().runs());
    c.publish("command_failures", () -> cs.stats().failures());
    c.publish("journal_entries", () -> {
      long n = 0;
      for (JournaldSource j : journals) {
        n += j.entries();
      }
      return n;
    });
  }

  @Override
  public void stop() {
    journals.forEach(JournaldSource::stop);
    CommandScheduler cs = commands;
    if (cs != null) {
      cs.stop();
    }
    FileCollector fc = files;
    if (fc != null) {
      fc.stop();
    }
    PositionStore store = positions;
    DaemonLog l = log;
    if (store != null) {
      try {
        store.save();
      } catch (IOException e) {
        if (l != null) {
          l.error("Could not save the positions to " + store.file() + ": " + e.getMessage());
        }
      }
    }
  }

  /** The system time zone, resolved at its first use. */
  private static Supplier<ZoneId> systemZone() {
    return new Supplier<>() {
      private @Nullable ZoneId zone;

      @Override
      public synchronized ZoneId get() {
        ZoneId z = zone;
        if (z == null) {
          z = ZoneId.systemDefault();
          zone = z;
        }
        return z;
      }
    };
  }

  private static String shortHostname() {
    try {
      String h = InetAddress.getLocalHost().getHostName();
      int dot = h.indexOf('.');
      return dot < 0 ? h : h.substring(0, dot);
    } catch (IOException e) {
      return "unknown";
    }
  }
}
