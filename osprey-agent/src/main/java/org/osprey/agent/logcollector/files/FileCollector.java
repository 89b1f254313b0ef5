package org.osprey.agent.logcollector.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.formats.FormatContext;
import org.osprey.agent.logcollector.positions.FileIdentity;
import org.osprey.agent.logcollector.positions.FilePosition;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueWriter;

/**
 * Follows the files of every file {@code <localfile>} on one thread and sends their events.
 *
 * <p>New data is seen through directory notification (inotify), so a line is sent within
 * milliseconds of being written; every {@code scanInterval} (OSSEC's {@code loop_timeout}) each
 * file is looked at anyway and the patterns are expanded again, so files that appear later, a new
 * day's strftime name and directories that cannot be watched are all picked up.
 *
 * <p>Rotation: when the path names a new file, the old one is read to its end (and for a grace time
 * after, for writers that have not reopened yet) and the new one from its start; a file that
 * shrank is read again from its start; both are announced on location {@code ossec-logcollector}
 * as OSSEC does. A file renamed to another path of the same pattern keeps its reader, so it is not
 * read twice. (The reading itself is {@link Follower}'s; this class runs the loop, the patterns,
 * the notification and the positions.)
 *
 * <p>Positions: the offset after the last line sent of every open file is saved (each second when it
 * changed, and at stop) in the {@link PositionStore}; at start each file resumes from it — also a
 * file rotated while logcollector was stopped, found again by its identity in its directory. A
 * file never seen is read from its end if it was there at the first start, or from its start if it
 * appeared later.
 */
public final class FileCollector {

  /**
   * Timing and limits.
   *
   * @param scanInterval how often every file is looked at and patterns expanded again
   * @param openAttempts full scans a vanished file is still held open before it is given up
   * @param maxLines lines read from one file before the next file's turn
   * @param maxLineLength longest line sent; longer lines are cut and reported
   * @param linger how long a file must be quiet before a held record of audit, postgresql_log,
   *     mssql_log or multi-line_indented is sent
   * @param drainGrace how long a rotated-away file is still read after its last data
   * @param pollInterval how often files in directories that cannot be watched are read
   * @param saveInterval the shortest time between two saves of the positions
   * @param useNotification false to poll only
   */
  public record Settings(
      Duration scanInterval, int openAttempts, int maxLines, int maxLineLength, Duration linger,
      Duration drainGrace, Duration pollInterval, Duration saveInterval, boolean useNotification) {
    public Settings {
      if (maxLines < 1 || maxLineLength < 1 || openAttempts < 0) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }

    /** The same settings, with notification on or off. */
    public Settings withNotification(boolean on) {
      return new Settings(scanInterval, openAttempts, maxLines, maxLineLength, linger, drainGrace,
          pollInterval, saveInterval, on);
    }

    /** OSSEC's {@code loop_timeout} and {@code open_attempts}, with Osprey's other defaults. */
    public static Settings of(Duration scanInterval, int openAttempts, int maxLines,
        int maxLineLength) {
      return new Settings(scanInterval, openAttempts, maxLines, maxLineLength,
          Duration.ofMillis(100), scanInterval.plus(scanInterval), Duration.ofMillis(250),
          Duration.ofSeconds(1), true);
    }
  }

  /** The location of OSSEC's rotation notices. */
  public static final String NOTICE_LOCATION = "ossec-logcollector";

  private final Patterns patterns;
  private final Settings settings;
  private final PositionStore positions;
  private final DaemonLog log;
  private final InstantSource clock;
  private final FormatContext formats;
  private final FileStats stats = new FileStats();
  private final Follower follower;
  private final Wakeup wakeup = new Wakeup();
  private final Watcher watcher;

  private final Map<Path, FileTail> tails = new LinkedHashMap<>();
  private final List<FileTail> retired = new ArrayList<>();
  private final Map<Path, List<FileTail>> byDirectory = new HashMap<>();
  private final Set<Path> baseDirectories = new HashSet<>();
  private final Set<FileTail> unwatched = new LinkedHashSet<>();
  private final Set<FileTail> dirty = new LinkedHashSet<>();

  private volatile boolean running;
  private @Nullable Thread thread;
  private long lastSave;

  public FileCollector(List<FileTarget> targets, Settings settings, PositionStore positions,
      QueueWriter out, DaemonLog log, InstantSource clock, FormatContext formats) {
    this.patterns = new Patterns(targets, log);
    this.settings = settings;
    this.positions = positions;
    this.log = log;
    this.clock = clock;
    this.formats = formats;
    this.follower = new Follower(settings, out, log, formats, stats);
    this.watcher = new Watcher(settings.useNotification(), wakeup);
  }

  /** What has been read so far. */
  public FileStats stats() {
    return stats;
  }

  /** Expands the patterns, opens every file where its saved position says, and starts following. */
  public void start() {
    running = true;
    try {
      restore();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (!watcher.available() && settings.useNotification()) {
      log.warn("File notification (inotify) is not available; polling files every "
          + settings.pollInterval().toMillis() + " ms.");
    }
    watcher.start();
    thread = Thread.ofPlatform().name("osprey-logcollector-files").start(this::loop);
  }

  /** Stops reading, saves the positions and closes every file. */
  public void stop() {
    running = false;
    wakeup.raise();
    Thread t = thread;
    if (t != null) {
      try {
        t.join(10_000);
        if (t.isAlive()) {
          t.interrupt(); // stuck on a full queue nobody reads
          t.join(5_000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    watcher.close();
    savePositions();
    for (FileTail tail : allTails()) {
      follower.closeAll(tail);
    }
  }

  // ---- the loop ----

  private void loop() {
    long now = System.nanoTime();
    long nextScan = now + settings.scanInterval().toNanos();
    long nextPoll = now + settings.pollInterval().toNanos();
    boolean more = false;
    try {
      while (running) {
        now = System.nanoTime();
        boolean rescan = false;
        for (Watcher.Change c : watcher.drain()) {
          rescan |= noteChange(c);
        }
        if (now - nextScan >= 0) {
          fullScan();
          nextScan = now + settings.scanInterval().toNanos();
        } else if (rescan) {
          expand(false);
        }
        if (now - nextPoll >= 0) {
          dirty.addAll(unwatched);
          for (FileTail t : allTails()) {
            if (!t.draining.isEmpty()) {
              dirty.add(t);
            }
          }
          nextPoll = now + settings.pollInterval().toNanos();
        }
        more = serviceDirty();
        follower.flushLingering(System.nanoTime());
        now = System.nanoTime();
        if (positions.changed() && now - lastSave >= settings.saveInterval().toNanos()) {
          savePositions();
          lastSave = now;
        }
        if (!more && running) {
          wakeup.await(waitNanos(now, nextScan, nextPoll));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.critical("File collector stopped on an unexpected error: " + e);
    }
  }

  private long waitNanos(long now, long nextScan, long nextPoll) {
    long wait = nextScan - now;
    boolean draining = false;
    for (FileTail t : allTails()) {
      draining |= !t.draining.isEmpty();
    }
    if (!unwatched.isEmpty() || draining) {
      wait = Math.min(wait, nextPoll - now);
    }
    long linger = follower.nextLingerDeadline();
    if (linger != Long.MAX_VALUE) {
      wait = Math.min(wait, linger - now);
    }
    if (positions.changed()) {
      wait = Math.min(wait, lastSave + settings.saveInterval().toNanos() - now);
    }
    return Math.max(wait, 1_000_000);
  }

  /** Marks what a change touches; true when the patterns should be expanded again. */
  private boolean noteChange(Watcher.Change c) {
    List<FileTail> inDir = byDirectory.getOrDefault(c.dir(), List.of());
    for (FileTail t : inDir) {
      if (c.name() == null || !t.draining.isEmpty() || c.name().equals(fileName(t.path))) {
        dirty.add(t);
      }
    }
    return c.structural() && baseDirectories.contains(c.dir());
  }

  private static String fileName(Path p) {
    Path name = p.getFileName();
    return name == null ? "" : name.toString();
  }

  private void fullScan() throws InterruptedException {
    expand(false);
    for (FileTail t : tails.values()) {
      if (t.current != null && !Files.exists(t.path)) {
        t.missingScans++;
        if (t.missingScans > settings.openAttempts()) {
          log.info("File not available, ignoring it: '" + t.location + "'.");
          Follower.retireCurrent(t);
          t.missingScans = 0;
        }
      } else {
        t.missingScans = 0;
      }
    }
    dirty.addAll(tails.values());
    dirty.addAll(retired);
  }

  private boolean serviceDirty() throws InterruptedException {
    boolean more = false;
    List<FileTail> batch = new ArrayList<>(dirty);
    dirty.clear();
    for (FileTail t : batch) {
      if (!running) {
        return false;
      }
      if (follower.service(t)) {
        dirty.add(t);
        more = true;
      }
    }
    retired.removeIf(FileTail::closed);
    return more;
  }

  // ---- patterns ----

  /** Expands the patterns again: new paths get tails, paths no longer named are retired. */
  private void expand(boolean startup) throws InterruptedException {
    Patterns.Expansion x = patterns.expand(() -> ZonedDateTime.ofInstant(clock.instant(), formats.zone()));
    baseDirectories.clear();
    baseDirectories.addAll(x.baseDirectories());
    Map<Path, FileTarget> now = x.paths();
    for (Iterator<FileTail> it = tails.values().iterator(); it.hasNext(); ) {
      FileTail t = it.next();
      if (now.get(t.path) != t.target) {
        it.remove();
        t.retired = true;
        Follower.retireCurrent(t);
        if (!t.closed()) {
          retired.add(t);
        }
      }
    }
    for (Map.Entry<Path, FileTarget> e : now.entrySet()) {
      if (!tails.containsKey(e.getKey())) {
        FileTail t = follower.newTail(e.getValue(), e.getKey());
        tails.put(t.path, t);
        if (!startup) {
          follower.open(t);
          if (t.current != null) {
            log.info("Analyzing file: '" + t.location + "'.");
          }
          dirty.add(t);
        }
      }
    }
    index();
  }

  /** Rebuilds the directory index and what is watched. */
  private void index() {
    byDirectory.clear();
    Set<Path> dirs = new HashSet<>(baseDirectories);
    for (FileTail t : allTails()) {
      Path dir = t.path.toAbsolutePath().getParent();
      if (dir != null) {
        byDirectory.computeIfAbsent(dir, d -> new ArrayList<>()).add(t);
        dirs.add(dir);
      }
    }
    watcher.retain(dirs);
    unwatched.clear();
    for (Path dir : dirs) {
      if (!watcher.watch(dir)) {
        unwatched.addAll(byDirectory.getOrDefault(dir, List.of()));
      }
    }
    int followed = 0;
    for (FileTail t : allTails()) {
      if (t.current != null) {
        followed++;
      }
    }
    stats.followed = followed;
  }

  /** The target read by {@code pattern}; the start plan only names patterns of the targets. */
  private FileTarget target(String pattern) {
    for (FileTarget t : patterns.targets()) {
      if (t.pattern().equals(pattern)) {
        return t;
      }
    }
    throw new IllegalStateException("no <localfile> for the pattern " + pattern);
  }

  private List<FileTail> allTails() {
    List<FileTail> all = new ArrayList<>(tails.values());
    all.addAll(retired);
    return all;
  }

  // ---- start: where to resume ----

  private void restore() throws InterruptedException {
    expand(true);
    Map<Path, FileTarget> paths = new LinkedHashMap<>();
    Map<Path, FileIdentity> identities = new HashMap<>();
    for (FileTail t : tails.values()) {
      paths.put(t.path, t.target);
      try {
        identities.put(t.path, FileIdentity.stat(t.path).identity());
      } catch (IOException e) {
        log.info("File '" + t.location + "' is not there yet; it will be read when it appears.");
      }
    }
    ResumePlan plan = ResumePlan.of(patterns.targets(), paths, identities, positions.files());
    for (FileTail t : tails.values()) {
      ResumePlan.Start start = plan.start(t.path);
      if (start == null) {
        continue;
      }
      t.resumeIdentity = start.identity();
      t.resumeOffset = start.offset();
      if (follower.open(t, start.identity() != null ? -2 : start.offset())) {
        log.info("Analyzing file: '" + t.location + "'.");
      }
    }
    for (FilePosition p : plan.rotatedAway()) {
      resumeRotated(target(p.pattern()), p);
    }
    index();
    dirty.addAll(tails.values());
    savePositions();
  }

  /** A file of the last run that its path no longer names: read the rest of it, if found. */
  private void resumeRotated(FileTarget target, FilePosition p) {
    Path path = Path.of(p.path());
    Path dir = path.toAbsolutePath().getParent();
    Path found = dir == null ? null : FileIdentity.find(dir, p.identity());
    if (found == null) {
      log.warn("The file '" + p.path() + "' read by the last run was rotated away and is gone;"
          + " lines written to it after the last run stopped may be lost.");
      return;
    }
    FileTail t = tails.get(path);
    if (t == null || t.target != target) {
      t = follower.newTail(target, path);
      t.retired = true;
      retired.add(t);
    }
    if (follower.drainRotated(t, found, p)) {
      dirty.add(t);
      log.info("Reading the rest of '" + p.path() + "', rotated to '" + found
          + "' while logcollector was stopped.");
    }
  }

  // ---- positions ----

  private void savePositions() {
    List<FilePosition> list = new ArrayList<>();
    for (FileTail t : allTails()) {
      follower.positions(t, list);
    }
    positions.setFiles(list);
    try {
      positions.save();
    } catch (IOException e) {
      log.error("Could not save the positions to " + positions.file() + ": " + e.getMessage());
    }
  }
}
