package org.osprey.agent.logcollector.positions;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which file a path named: its device and inode. A rotation that renames the file and creates a
 * new one gives the path a new identity; a truncation keeps it.
 *
 * @param device the device number
 * @param inode the inode number
 */
public record FileIdentity(long device, long inode) {

  /** The identity and size of what {@code path} names now (following links). */
  public record Stat(FileIdentity identity, long size, boolean regular) {}

  /**
   * Looks at {@code path}.
   *
   * @throws java.nio.file.NoSuchFileException when nothing is there
   */
  public static Stat stat(Path path) throws IOException {
    Map<String, Object> a = Files.readAttributes(path, "unix:dev,ino,size,mode");
    long dev = ((Number) a.get("dev")).longValue();
    long ino = ((Number) a.get("ino")).longValue();
    long size = ((Number) a.get("size")).longValue();
    int mode = ((Number) a.get("mode")).intValue();
    return new Stat(new FileIdentity(dev, ino), size, (mode & 0170000) == 0100000);
  }

  /** The regular file in {@code dir} with identity {@code id}, or null. */
  public static @Nullable Path find(Path dir, FileIdentity id) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        try {
          Stat st = stat(p);
          if (st.regular() && st.identity().equals(id)) {
            return p;
          }
        } catch (IOException e) {
          // vanished meanwhile
        }
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      return null;
    }
    return null;
  }

  @Override
  public String toString() {
    return device + ":" + inode;
  }
}
