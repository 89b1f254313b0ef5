package org.osprey.analysis.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The last output per host and rule, for {@code check_diff} rules ({@code queue/diff/<host>/<sid>/
 * last-entry} in OSSEC's layout, so an existing OSSEC state directory keeps working).
 */
public interface DiffStore {
  /** The stored text, or null when there is none. */
  @Nullable String last(String host, int sid);

  void store(String host, int sid, String text);

  /** A store in memory. */
  static DiffStore inMemory() {
    Map<String, String> m = new HashMap<>();
    return new DiffStore() {
      @Override
      public @Nullable String last(String host, int sid) {
        return m.get(host + '\0' + sid);
      }

      @Override
      public void store(String host, int sid, String text) {
        m.put(host + '\0' + sid, text);
      }
    };
  }

  /** A store under {@code dir} ({@code queue/diff}). */
  static DiffStore onDisk(Path dir) {
    return new DiffStore() {
      private Path file(String host, int sid) {
        String safe = host.replace('/', '_');
        return dir.resolve(safe).resolve(Integer.toString(sid)).resolve("last-entry");
      }

      @Override
      public @Nullable String last(String host, int sid) {
        Path f = file(host, sid);
        try {
          if (!Files.isRegularFile(f)) {
            return null;
          }
          byte[] b = Files.readAllBytes(f);
          int n = b.length;
          while (n > 0 && b[n - 1] == 0) {
            n--; // OSSEC writes the terminating NUL too
          }
          return n == 0 ? null : new String(b, 0, Math.min(n, 8192), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
          return null;
        }
      }

      @Override
      public void store(String host, int sid, String text) {
        Path f = file(host, sid);
        try {
          Files.createDirectories(f.getParent());
          Path tmp = f.resolveSibling("last-entry.tmp");
          Files.write(tmp, text.getBytes(StandardCharsets.ISO_8859_1));
          Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException("cannot store check_diff output in " + f, e);
        }
      }
    };
  }
}
