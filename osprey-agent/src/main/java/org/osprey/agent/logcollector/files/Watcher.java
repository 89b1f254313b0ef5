package org.osprey.agent.logcollector.files;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * Tells the collector which directories saw changes, through the platform's file notification
 * (inotify on Linux, via {@link WatchService}). A background thread takes the events, queues them
 * and raises the collector's wakeup, so a line appended to a followed file is read within
 * milliseconds. Where notification is not available the collector polls instead.
 */
final class Watcher implements AutoCloseable {

  /**
   * Something happened in {@code dir}.
   *
   * @param name the entry's name, or null when events were lost (overflow): look at everything
   * @param structural true when an entry was created, deleted or moved (not just written)
   */
  record Change(Path dir, @Nullable String name, boolean structural) {}

  private final @Nullable WatchService service;
  private final Map<Path, WatchKey> keys = new HashMap<>();
  private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Change> changes = new ConcurrentLinkedQueue<>();
  private final Wakeup wakeup;
  private @Nullable Thread thread;

  /** @param enabled false to poll only (no notification) */
  Watcher(boolean enabled, Wakeup wakeup) {
    this.wakeup = wakeup;
    WatchService s = null;
    if (enabled) {
      try {
        s = FileSystems.getDefault().newWatchService();
      } catch (IOException | UnsupportedOperationException e) {
        s = null;
      }
    }
    this.service = s;
  }

  /** True when notification works at all. */
  boolean available() {
    return service != null;
  }

  void start() {
    WatchService s = service;
    if (s != null) {
      thread = Thread.ofPlatform().daemon().name("osprey-logcollector-watch").start(() -> run(s));
    }
  }

  /** Watches {@code dir}; false when it cannot be (missing, no notification): poll it then. */
  boolean watch(Path dir) {
    WatchService s = service;
    if (s == null) {
      return false;
    }
    if (keys.containsKey(dir)) {
      return true;
    }
    try {
      WatchKey k = dir.register(s, StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
      keys.put(dir, k);
      dirs.put(k, dir);
      return true;
    } catch (IOException | UnsupportedOperationException | ClosedWatchServiceException e) {
      return false;
    }
  }

  /** Stops watching every directory not in {@code keep}. */
  void retain(Set<Path> keep) {
    keys.entrySet().removeIf(e -> {
      if (keep.contains(e.getKey())) {
        return false;
      }
      e.getValue().cancel();
      dirs.remove(e.getValue());
      return true;
    });
  }

  /** True when {@code dir} is watched and its key still valid. */
  boolean watching(Path dir) {
    WatchKey k = keys.get(dir);
    return k != null && k.isValid();
  }

  /** Takes the changes seen since the last call. */
  List<Change> drain() {
    List<Change> out = new ArrayList<>();
    Change c;
    while ((c = changes.poll()) != null) {
      out.add(c);
    }
    return out;
  }

  private void run(WatchService s) {
    try {
      while (true) {
        WatchKey k = s.take();
        Path dir = dirs.get(k);
        for (WatchEvent<?> e : k.pollEvents()) {
          if (dir == null) {
            continue;
          }
          if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
            changes.add(new Change(dir, null, true));
          } else {
            Object ctx = e.context();
            String name = ctx instanceof Path p ? p.toString() : null;
            changes.add(new Change(dir, name, e.kind() != StandardWatchEventKinds.ENTRY_MODIFY));
          }
        }
        if (!k.reset() && dir != null) {
          changes.add(new Change(dir, null, true)); // the directory went away
        }
        wakeup.raise();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing
    }
  }

  @Override
  public void close() {
    WatchService s = service;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // nothing to do
      }
    }
    Thread t = thread;
    if (t != null) {
      try {
        t.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
