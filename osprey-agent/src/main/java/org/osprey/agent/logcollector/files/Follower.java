package org.osprey.agent.logcollector.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueWriter;

/**
 * Reads the files of followed paths: opens them (at a saved offset, the start or the end), reads
 * their lines in turns of at most {@code maxLines}, sees rotations and truncations when a file has
 * been read to its end, and keeps a rotated-away file read until it has been quiet for the grace
 * time. It owns every open reader, by file identity, so a file renamed from one followed path to
 * another changes hands instead of being read twice. Used by the collector thread only.
 */
final class Follower {
  private static final int REPORTED_LONG_LINES = 10;

  private final FileCollector.Settings settings;
  private final QueueWriter out;
  private final DaemonLog log;
  private final FormatContext formats;
  private final FileStats stats;
  private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
  private final Map<FileIdentity, FileTail> owners = new HashMap<>();
  private final Set<InodeReader> lingering = new LinkedHashSet<>();
  private final Set<Path> refused = new HashSet<>();

  Follower(FileCollector.Settings settings, QueueWriter out, DaemonLog log, FormatContext formats,
      FileStats stats) {
    this.settings = settings;
    this.out = out;
    this.log = log;
    this.formats = formats;
    this.stats = stats;
  }

  /** A tail for {@code path}, whose events carry the path as their location. */
  FileTail newTail(FileTarget target, Path path) {
    String location = path.toString();
    Emitter emitter = (q, text) -> out.send(new QueueMessage(q, location, text));
    return new FileTail(target, path, emitter);
  }

  /** The time by which a held record must be ended, or {@code Long.MAX_VALUE}. */
  long nextLingerDeadline() {
    long next = Long.MAX_VALUE;
    long linger = settings.linger().toNanos();
    for (InodeReader r : lingering) {
      next = Math.min(next, r.lastData + linger);
    }
    return next;
  }

  /** Reads what the tail's files have; true when it stopped at the line budget. */
  boolean service(FileTail t) throws InterruptedException {
    int budget = settings.maxLines();
    long now = System.nanoTime();
    for (Iterator<InodeReader> it = t.draining.iterator(); it.hasNext(); ) {
      InodeReader r = it.next();
      budget -= read(t, r, budget);
      if (r.failed) {
        it.remove();
        continue;
      }
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
      if (r.failed) {
        return false;
      }
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
      r.failed = true;
      r.atEnd = true;
      close(r);
      if (t.current == r) {
        t.current = null;
        t.resumeIdentity = r.identity;
        t.resumeOffset = r.committed;
      }
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
  static void retireCurrent(FileTail t) {
    InodeReader r = t.current;
    if (r != null) {
      r.lastData = System.nanoTime();
      t.draining.add(r);
      t.current = null;
    }
  }

  void flushLingering(long now) throws InterruptedException {
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
    out.send(new QueueMessage(QueueMessage.LOCALFILE, FileCollector.NOTICE_LOCATION, text));
  }

  // ---- opening files ----

  /**
   * Opens the file the tail's path names now: adopting it if another path's reader already reads
   * it (a rename within a pattern), else at the saved offset if it is the saved file, else at 0.
   */
  boolean open(FileTail t) throws InterruptedException {
    return open(t, -2);
  }

  /** @param offset -2: saved offset or 0; -1: the end; else that offset */
  boolean open(FileTail t, long offset) throws InterruptedException {
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

  /** The positions of the tail's files, and of a file its path names that is not open yet. */
  void positions(FileTail t, List<FilePosition> list) {
    for (InodeReader r : t.readers()) {
      list.add(new FilePosition(t.target.pattern(), t.location, r.identity, r.committed));
    }
    if (t.current == null && t.resumeIdentity != null) {
      list.add(new FilePosition(t.target.pattern(), t.location, t.resumeIdentity, t.resumeOffset));
    } else if (!t.retired) {
      unopened(t, list);
    }
  }

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

  /** Reads {@code found}, the file {@code p} named in the last run, from its saved offset to its end. */
  boolean drainRotated(FileTail t, Path found, FilePosition p) {
    try {
      RecordFormat format = Formats.create(t.target.format(), t.target.multiLineCount(),
          t.target.labels(), t.location, formats);
      InodeReader r = InodeReader.open(found, p.offset(), format, settings.maxLineLength(),
          this::observe, t.emitter);
      if (!r.identity.equals(p.identity())) {
        r.close();
        return false;
      }
      t.draining.add(r);
      owners.put(r.identity, t);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      log.warn("Could not read the rest of '" + found + "' (" + p.path() + "): " + e.getMessage());
      return false;
    }
  }

  /** Closes every file of the tail. */
  void closeAll(FileTail t) {
    t.readers().forEach(this::close);
  }
}
