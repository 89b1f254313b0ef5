package org.osprey.agent.logcollector.journald;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.files.LineSplitter;
import org.osprey.agent.logcollector.json.JsonParseException;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueWriter;

/**
 * One journald {@code <localfile>}: runs {@code journalctl -o json --follow} as a child process and
 * sends each entry as OSSEC's journald event on location {@code journald}. The cursor of the last
 * entry sent is kept in the positions, and journalctl is started again after it — when it exits
 * (after a pause) and when logcollector restarts — so no entry is lost or sent twice. The first
 * start without a saved cursor, or with only-future-events, begins at the journal's end.
 */
public final class JournaldSource {
  /** The location of journald events. */
  public static final String LOCATION = "journald";

  private static final int MAX_ENTRY = 1 << 20;

  private final List<String> journalctl;
  private final String location;
  private final boolean onlyFutureEvents;
  private final PositionStore positions;
  private final QueueWriter out;
  private final DaemonLog log;
  private final ZoneId zone;
  private final String hostname;
  private final int maxLength;
  private final Duration restartDelay;
  private final LongAdder entries = new LongAdder();
  private volatile boolean running;
  private volatile @Nullable Process process;
  private @Nullable Thread thread;
  private @Nullable String lastProblem;

  /**
   * @param journalctl the program (and any first arguments), normally {@code journalctl}
   * @param location the localfile's location: {@code all}, a unit, an identifier or matches
   * @param restartDelay the pause before journalctl is started again after it ended
   */
  public JournaldSource(List<String> journalctl, String location, boolean onlyFutureEvents,
      PositionStore positions, QueueWriter out, DaemonLog log, ZoneId zone, String hostname,
      int maxLength, Duration restartDelay) {
    this.journalctl = List.copyOf(journalctl);
    this.location = location;
    this.onlyFutureEvents = onlyFutureEvents;
    this.positions = positions;
    this.out = out;
    this.log = log;
    this.zone = zone;
    this.hostname = hostname;
    this.maxLength = maxLength;
    this.restartDelay = restartDelay;
    JournalctlArgs.of(location, null); // refuses a bad match now, not in the thread
  }

  /** The key of this source's cursor in the positions. */
  public String cursorKey() {
    return "journald:" + location;
  }

  /** Entries sent. */
  public long entries() {
    return entries.sum();
  }

  public void start() {
    running = true;
    log.info("Analyzing journald log: '" + location + "'.");
    thread = Thread.ofPlatform().name("osprey-logcollector-journald").start(this::loop);
  }

  public void stop() {
    running = false;
    Process p = process;
    if (p != null) {
      p.destroy();
    }
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    String cursor = onlyFutureEvents ? null : positions.cursor(cursorKey());
    try {
      while (running) {
        cursor = runOnce(cursor);
        if (running) {
          Thread.sleep(restartDelay);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Process p = process;
      if (p != null) {
        p.destroyForcibly();
      }
    }
  }

  /** Runs journalctl until it ends; returns the cursor to go on from. */
  private @Nullable String runOnce(@Nullable String startCursor) throws InterruptedException {
    List<String> argv = new ArrayList<>(journalctl);
    argv.addAll(JournalctlArgs.of(location, startCursor));
    Process p;
    try {
      p = new ProcessBuilder(argv)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    } catch (IOException e) {
      problem("Unable to run " + journalctl.getFirst() + " for journald log '" + location + "': "
          + e.getMessage());
      return startCursor;
    }
    process = p;
    StringBuilder err = new StringBuilder();
    Thread errReader = Thread.ofPlatform().daemon().name("osprey-journal-stderr")
        .start(() -> keep(p.getErrorStream(), err));
    String[] cursor = {startCursor};
    boolean[] sentAny = {false};
    LineSplitter splitter = new LineSplitter(MAX_ENTRY);
    try (InputStream in = p.getInputStream()) {
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        splitter.feed(buf, 0, n, (b, off, len, full, consumed) -> {
          String line = new String(b, off, len, StandardCharsets.ISO_8859_1);
          String c = handle(line, full > len);
          if (c != null) {
            cursor[0] = c;
            sentAny[0] = true;
          }
        });
      }
    } catch (IOException e) {
      p.destroy(); // reading failed: end it, it is started again below
    }
    // (After a plain end of output the process is not destroyed: that would close its standard
    // error before the reader has taken why it ended.)
    int status;
    try {
      status = p.waitFor();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      throw e;
    }
    errReader.join(Duration.ofSeconds(1));
    if (running) {
      String why;
      synchronized (err) {
        why = err.toString().strip().replace('\n', ' ');
      }
      problem(journalctl.getFirst() + " for journald log '" + location + "' ended (status "
          + status + (why.isEmpty() ? "" : ": " + why) + "); it will be started again in "
          + restartDelay.toSeconds() + " s.");
    } else if (sentAny[0]) {
      lastProblem = null;
    }
    return cursor[0];
  }

  /** Sends one entry; returns its cursor, or null when the line was not an entry. */
  private @Nullable String handle(String line, boolean cut) throws InterruptedException {
    if (cut) {
      log.warn("A journal entry longer than " + MAX_ENTRY + " bytes was skipped.");
      return null;
    }
    JournalEntry e;
    try {
      e = JournalEntry.parse(line);
    } catch (JsonParseException ex) {
      log.warn("Unreadable journalctl output skipped (" + ex.getMessage() + ").");
      return null;
    }
    if (e.message() != null && !e.message().isEmpty()) {
      String text = e.event(zone, hostname);
      if (text.length() > maxLength) {
        text = text.substring(0, maxLength);
      }
      out.send(new QueueMessage(QueueMessage.LOCALFILE, LOCATION, text));
      entries.increment();
    }
    positions.setCursor(cursorKey(), e.cursor());
    lastProblem = null;
    return e.cursor();
  }

  private void problem(String text) {
    if (!text.equals(lastProblem)) {
      log.error(text);
      lastProblem = text;
    }
  }

  private static void keep(InputStream in, StringBuilder err) {
    try (in) {
      byte[] buf = new byte[4096];
      int n;
      while ((n = in.read(buf)) > 0) {
        synchronized (err) {
          int keep = Math.min(n, 512 - err.length());
          if (keep > 0) {
            err.append(new String(buf, 0, keep, StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      // gone
    }
  }
}
