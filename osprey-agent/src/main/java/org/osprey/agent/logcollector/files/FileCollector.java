package org.osprey.agent.logcollector.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.formats.Emitter;
import org.osprey.agent.logcollector.formats.FormatContext;
import org.osprey.agent.logcollector.formats.Formats;
import org.osprey.agent.logcollector.formats.RecordFormat;
import org.osprey.agent.logcollector.positions.FileIdentity;
import org.osprey.agent.logcollector.positions.FilePosition;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueMessage;
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
 * read twice.
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

    /** OSSEC's {@code loop_timeout} and {@code open_attempts}, with Osprey's other defaults. */
    public static Settings of(Duration scanInterval, int openAttempts, int maxLines,
        int maxLineLength) {
      return new Settings(scanInterval, openAttempts, maxLines, maxLineLength,
          Duration.ofMillis(100), scanInterval.multipliedBy(2), Duration.ofMillis(250),
          Duration.ofSeconds(1), true);
    }
  }

  /** The location of OSSEC's rotation notices. */
  public static final String NOTICE_LOCATION = "ossec-logcollector";

  private static final int REPORTED_LONG_LINES = 10;

  private final Patterns patterns;
  private final Settings settings;
  private final PositionStore positions;
  private final QueueWriter out;
  private final DaemonLog log;
  private final InstantSource clock;
  private final FormatContext formats;
  private final FileStats stats = new FileStats();
  private final Wakeup wakeup = new Wakeup();
  private final Watcher watcher;
  private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

  private final Map<Path, FileTail> tails = new LinkedHashMap<>();
  private final List<FileTail> retired = new ArrayList<>();
  private final Map<FileIdentity, FileTail> owners = new HashMap<>();
  private final Map<Path, List<FileTail>> byDirectory = new HashMap<>();
  private final Set<Path> baseDirectories = new HashSet<>();
  private final Set<FileTail> unwatched = new LinkedHashSet<>();
  private final Set<FileTail> dirty = new LinkedHashSet<>();
  private final Set<InodeReader> lingering = new LinkedHashSet<>();
  private final Set<Path> refused = new HashSet<>();

  private volatile boolean running;
  private @Nullable Thread thread;
  private long lastSave;

  public FileCollector(List<FileTarget> targets, Settings settings, PositionStore positions,
      QueueWriter out, DaemonLog log, InstantSource clock, FormatContext formats) {
    this.patterns = new Patterns(targets, log);
    this.settings = settings;
    this.positions = positions;
    this.out = out;
    this.log = log;
    this.clock = clock;
    this.formats = formats;
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
      tail.readers().forEach(InodeReader::close);
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
        flushLingering(System.nanoTime());
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
    long linger = settings.linger().toNanos();
    for (InodeReader r : lingering) {
      wait = Math.min(wait, r.lastData + linger - now);
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
          retireCurrent(t);
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
      if (service(t)) {
        dirty.add(t);
        more = true;
      }
    }
    retired.removeIf(FileTail::closed);
    return more;
  }

  /** Reads what the tail's files have; true when it stopped at the line budget. */
  private boolean service(FileTail t) throws InterruptedException {
    int budget = settings.maxLines();
    long now = System.nanoTime();
    for (Iterator<InodeReader> it = t.draining.iterator(); it.hasNext(); ) {
      InodeReader r = it.next();
      budget -= read(t, r, budget);
      if (!r.atEnd) {
        return true;
      }
      if (now - r.lastData > settings.drainGrace().toNanos()) {
        r.endOfData();
        close(r);
        it.remove();
      }
    }
    if (t.retired) {
      return false;
    }
    if (t.current == null && !open(t)) {
      return false;
    }
    for (int round = 0; round < 3 && budget > 0; round++) {
      InodeReader r = Objects.requireNonNull(t.current);
      budget -= read(t, r, budget);
      if (!r.atEnd) {
        return true;
      }
      if (!check(t, r)) {
        return false;
      }
    }
    return budget <= 0;
  }

  private int read(FileTail t, InodeReader r, int budget) throws InterruptedException {
    try {
      int n = r.read(buffer, budget);
      if (r.atEnd && r.format.holding() && !r.ended) {
        lingering.add(r);
      }
      return n;
    } catch (IOException e) {
      log.error("Could not read from file '" + t.location + "' due to [" + e.getMessage()
          + "]; it will be opened again.");
      t.resumeIdentity = r.identity;
      t.resumeOffset = r.committed;
      if (t.current == r) {
        t.current = null;
      } else {
        t.draining.remove(r);
      }
      close(r);
      r.atEnd = true;
      return 0;
    }
  }

  /**
   * Looks at the path after its file was read to the end: a new file there is a rotation, a
   * smaller size a truncation. True when the tail's current file should be read again.
   */
  private boolean check(FileTail t, InodeReader r) throws InterruptedException {
    FileIdentity.Stat st;
    try {
      st = FileIdentity.stat(t.path);
    } catch (IOException e) {
      return false; // gone for now: the old file stays open (see fullScan)
    }
    if (!st.identity().equals(r.identity)) {
      // What was written to the old file before the new one was created is there now: read it
      // first, so the old file's lines come before the new file's.
      read(t, r, Integer.MAX_VALUE);
      stats.rotations.increment();
      notice("ossec: File rotated (inode changed): '" + t.location + "'.");
      retireCurrent(t);
      t.resumeIdentity = null;
      return open(t);
    }
    if (st.size() < r.readOffset) {
      stats.truncations.increment();
      notice("ossec: File size reduced (inode remained): '" + t.location + "'.");
      r.truncated();
      lingering.remove(r);
      return true;
    }
    return false;
  }

  /** Moves the tail's current file to the ones read until they stay quiet for the grace time. */
  private static void retireCurrent(FileTail t) {
    InodeReader r = t.current;
    if (r != null) {
      r.lastData = System.nanoTime();
      t.draining.add(r);
      t.current = null;
    }
  }

  private void flushLingering(long now) throws InterruptedException {
    long linger = settings.linger().toNanos();
    for (Iterator<InodeReader> it = lingering.iterator(); it.hasNext(); ) {
      InodeReader r = it.next();
      if (r.ended || !r.format.holding()) {
        it.remove();
      } else if (now - r.lastData >= linger && r.atEnd) {
        r.endOfData();
        it.remove();
      }
    }
  }

  private void notice(String text) throws InterruptedException {
    out.send(new QueueMessage(QueueMessage.LOCALFILE, NOTICE_LOCATION, text));
  }

  // ---- opening files ----

  /**
   * Opens the file the tail's path names now: adopting it if another path's reader already reads
   * it (a rename within a pattern), else at the saved offset if it is the saved file, else at 0.
   */
  private boolean open(FileTail t) throws InterruptedException {
    return open(t, -2);
  }

  /** @param offset -2: saved offset or 0; -1: the end; else that offset */
  private boolean open(FileTail t, long offset) throws InterruptedException {
    if (refused.contains(t.path)) {
      return false;
    }
    try {
      FileIdentity.Stat st = FileIdentity.stat(t.path);
      if (!st.regular()) {
        if (refused.add(t.path)) {
          log.error("Not a regular file, ignoring it: '" + t.location + "'.");
        }
        return false;
      }
      FileTail owner = owners.get(st.identity());
      if (owner != null && owner != t) {
        InodeReader r = take(owner, st.identity());
        if (r != null) {
          r.rebind(t.emitter);
          t.current = r;
          owners.put(r.identity, t);
          t.resumeIdentity = null;
          return true;
        }
      }
      long start = offset;
      if (offset == -2) {
        start = st.identity().equals(t.resumeIdentity) ? t.resumeOffset : 0;
        if (start > st.size()) {
          stats.truncations.increment();
          notice("ossec: File size reduced (inode remained): '" + t.location + "'.");
          start = 0;
        }
      }
      RecordFormat format = Formats.create(t.target.format(), t.target.multiLineCount(),
          t.target.labels(), t.location, formats);
      InodeReader r = InodeReader.open(t.path, start, format, settings.maxLineLength(),
          this::observe, t.emitter);
      t.current = r;
      t.resumeIdentity = null;
      owners.put(r.identity, t);
      if (t.openErrorReported) {
        log.info("Analyzing file: '" + t.location + "'.");
      }
      t.openErrorReported = false;
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IllegalArgumentException e) {
      if (refused.add(t.path)) {
        log.error(e.getMessage());
      }
      return false;
    } catch (IOException e) {
      if (!t.openErrorReported) {
        log.error("Could not open file '" + t.location + "' due to [" + e + "].");
        t.openErrorReported = true;
      }
      return false;
    }
  }

  /** Removes and returns {@code owner}'s reader of {@code id}. */
  private @Nullable InodeReader take(FileTail owner, FileIdentity id) {
    if (owner.current != null && owner.current.identity.equals(id)) {
      InodeReader r = owner.current;
      owner.current = null;
      return r;
    }
    for (Iterator<InodeReader> it = owner.draining.iterator(); it.hasNext(); ) {
      InodeReader r = it.next();
      if (r.identity.equals(id)) {
        it.remove();
        return r;
      }
    }
    return null;
  }

  private void close(InodeReader r) {
    r.close();
    lingering.remove(r);
    owners.remove(r.identity);
  }

  private void observe(InodeReader r, int kept, long fullLength, String text) {
    stats.lines.increment();
    stats.bytes.add(fullLength + 1);
    if (fullLength > kept) {
      stats.longLines.increment();
      FileTail t = owners.get(r.identity);
      long n = t == null ? 1 : ++t.longLines;
      if (n <= REPORTED_LONG_LINES || n % 1000 == 0) {
        log.warn("Large message size (length=" + fullLength + ") in '"
            + (t == null ? "?" : t.location) + "', cut to " + kept + " bytes: '"
            + text.substring(0, Math.min(64, text.length())) + "...'"
            + (n == REPORTED_LONG_LINES ? " (further ones are reported every 1000th)" : ""));
      }
    }
  }

  // ---- patterns ----

  /** Expands the patterns again: new paths get tails, paths no longer named are retired. */
  private void expand(boolean startup) throws InterruptedException {
    Patterns.Expansion x = patterns.expand(ZonedDateTime.ofInstant(clock.instant(), formats.zone()));
    baseDirectories.clear();
    baseDirectories.addAll(x.baseDirectories());
    Map<Path, FileTarget> now = x.paths();
    for (Iterator<FileTail> it = tails.values().iterator(); it.hasNext(); ) {
      FileTail t = it.next();
      if (now.get(t.path) != t.target) {
        it.remove();
        t.retired = true;
        retireCurrent(t);
        if (!t.closed()) {
          retired.add(t);
        }
      }
    }
    for (Map.Entry<Path, FileTarget> e : now.entrySet()) {
      if (!tails.containsKey(e.getKey())) {
        FileTail t = newTail(e.getValue(), e.getKey());
        tails.put(t.path, t);
        if (!startup) {
          open(t);
          if (t.current != null) {
            log.info("Analyzing file: '" + t.location + "'.");
          }
          dirty.add(t);
        }
      }
    }
    index();
  }

  private FileTail newTail(FileTarget target, Path path) {
    String location = path.toString();
    Emitter emitter = (q, text) -> out.send(new QueueMessage(q, location, text));
    return new FileTail(target, path, emitter);
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
    stats.followed = (int) allTails().stream().filter(t -> t.current != null).count();
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
      if (open(t, start.identity() != null ? -2 : start.offset())) {
        log.info("Analyzing file: '" + t.location + "'.");
      }
    }
    for (FilePosition p : plan.rotatedAway()) {
      FileTarget target = patterns.targets().stream()
          .filter(x -> x.pattern().equals(p.pattern())).findFirst().orElseThrow();
      resumeRotated(target, p);
    }
    index();
    dirty.addAll(tails.values());
    savePositions();
  }

  /** A file of the last run that its path no longer names: read the rest of it, if found. */
  private void resumeRotated(FileTarget target, FilePosition p) throws InterruptedException {
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
      t = newTail(target, path);
      t.retired = true;
      retired.add(t);
    }
    try {
      RecordFormat format = Formats.create(target.format(), target.multiLineCount(),
          target.labels(), t.location, formats);
      InodeReader r = InodeReader.open(found, p.offset(), format, settings.maxLineLength(),
          this::observe, t.emitter);
      if (!r.identity.equals(p.identity())) {
        r.close();
        return;
      }
      t.draining.add(r);
      owners.put(r.identity, t);
      dirty.add(t);
      log.info("Reading the rest of '" + p.path() + "', rotated to '" + found
          + "' while logcollector was stopped.");
    } catch (IOException | IllegalArgumentException e) {
      log.warn("Could not read the rest of '" + found + "' (" + p.path() + "): " + e.getMessage());
    }
  }

  // ---- positions ----

  /**
   * A file the tail's path names but no reader has opened yet (a rotation not seen before a stop):
   * saved at offset 0, so the next run reads it whole, wherever it has been renamed to by then.
   */
  private void unopened(FileTail t, List<FilePosition> list) {
    try {
      FileIdentity.Stat st = FileIdentity.stat(t.path);
      if (st.regular() && !owners.containsKey(st.identity())) {
        list.add(new FilePosition(t.target.pattern(), t.location, st.identity(), 0));
      }
    } catch (IOException e) {
      // nothing there
    }
  }

  private void savePositions() {
    List<FilePosition> list = new ArrayList<>();
    for (FileTail t : allTails()) {
      for (InodeReader r : t.readers()) {
        list.add(new FilePosition(t.target.pattern(), t.location, r.identity, r.committed));
      }
      if (t.current == null && t.resumeIdentity != null) {
        list.add(new FilePosition(t.target.pattern(), t.location, t.resumeIdentity,
            t.resumeOffset));
      } else if (!t.retired) {
        unopened(t, list);
      }
    }
    positions.setFiles(list);
    try {
      positions.save();
    } catch (IOException e) {
      log.error("Could not save the positions to " + positions.file() + ": " + e.getMessage());
    }
  }
}
