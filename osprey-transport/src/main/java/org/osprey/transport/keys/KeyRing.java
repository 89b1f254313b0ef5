package org.osprey.transport.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The keys remoted works with, reloaded when the file changes (spec §2.4: on a datagram from an unknown
 * agent, if the mtime changed). Reads are lock-free; a reload swaps the whole {@link ClientKeys}.
 */
public final class KeyRing {
  private final KeysFile file;
  private final Consumer<String> warn;
  private volatile ClientKeys keys;
  private volatile @Nullable FileTime stamp;
  private volatile long size = -1;
  private volatile long fileKey;

  /** Loads the keys now. */
  public KeyRing(KeysFile file, Consumer<String> warn) throws KeysException {
    this.file = file;
    this.warn = warn;
    this.keys = ClientKeys.empty();
    reload();
  }

  /** The current keys. */
  public ClientKeys keys() {
    return keys;
  }

  /**
   * Reloads when the file's mtime, size or inode changed since the last load.
   *
   * @return true when new keys were loaded
   */
  public synchronized boolean reloadIfChanged() {
    try {
      BasicFileAttributes a = Files.readAttributes(file.path(), BasicFileAttributes.class);
      Object key = a.fileKey();
      if (a.lastModifiedTime().equals(stamp) && a.size() == size
          && (key == null ? 0 : key.hashCode()) == fileKey) {
        return false;
      }
    } catch (NoSuchFileException e) {
      if (stamp == null) {
        return false;
      }
    } catch (IOException e) {
      warn.accept("Cannot check " + file.path() + ": " + e.getMessage());
      return false;
    }
    try {
      reload();
      return true;
    } catch (KeysException e) {
      warn.accept(e.getMessage() + "; keeping the keys loaded before");
      return false;
    }
  }

  private void reload() throws KeysException {
    Path p = file.path();
    FileTime t = null;
    long s = -1;
    long k = 0;
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      t = a.lastModifiedTime();
      s = a.size();
      k = a.fileKey() == null ? 0 : a.fileKey().hashCode();
    } catch (IOException e) {
      // A missing file: no keys.
    }
    ClientKeys loaded = file.read();
    loaded.skipped().forEach(warn);
    keys = loaded;
    stamp = t;
    size = s;
    fileKey = k;
  }
}
