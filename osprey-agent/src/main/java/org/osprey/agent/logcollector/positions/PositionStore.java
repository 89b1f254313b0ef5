package org.osprey.agent.logcollector.positions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What logcollector has sent, kept in one file under {@code queue/positions/} so a restart resumes
 * exactly where the last run stopped: for each followed file its identity and the offset after the
 * last line sent; for each journald source the cursor of the last entry sent; for each command with
 * {@code check_diff} the digest of its last output.
 *
 * <p>The file is text, one entry a line, fields separated by tabs (tabs, newlines and backslashes in
 * fields escaped): {@code file <pattern> <path> <device> <inode> <offset>}, {@code cursor <key>
 * <cursor>}, {@code digest <key> <hex>}. {@link #save} replaces it atomically (write, sync,
 * rename), so a crash leaves either the old or the new file. Thread-safe.
 */
public final class PositionStore {
  private static final String HEADER =
      "# Osprey logcollector positions: what was sent. Written by ossec-logcollector; do not edit.\n";

  private final Path file;
  private final Object saving = new Object();
  private List<FilePosition> files = new ArrayList<>();
  private final Map<String, String> cursors = new TreeMap<>();
  private final Map<String, String> digests = new TreeMap<>();
  private long version;
  private long savedVersion;

  private PositionStore(Path file) {
    this.file = file;
  }

  /**
   * Reads {@code file} (none yet is fine). A line that cannot be read is reported to {@code warn}
   * and skipped: its file is then read as one never seen.
   */
  public static PositionStore open(Path file, Consumer<String> warn) throws IOException {
    PositionStore s = new PositionStore(file);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return s;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        s.read(line);
      } catch (IllegalArgumentException e) {
        warn.accept(file + ":" + (i + 1) + ": unreadable position skipped (" + e.getMessage() + ")");
      }
    }
    return s;
  }

  private void read(String line) {
    String[] f = line.split("\t", -1);
    switch (f[0]) {
      case "file" -> {
        need(f, 6);
        files.add(new FilePosition(unescape(f[1]), unescape(f[2]),
            new FileIdentity(number(f[3]), number(f[4])), number(f[5])));
      }
      case "cursor" -> {
        need(f, 3);
        cursors.put(unescape(f[1]), unescape(f[2]));
      }
      case "digest" -> {
        need(f, 3);
        digests.put(unescape(f[1]), unescape(f[2]));
      }
      default -> throw new IllegalArgumentException("unknown entry '" + f[0] + "'");
    }
  }

  private static void need(String[] f, int n) {
    if (f.length != n) {
      throw new IllegalArgumentException(n + " fields expected, " + f.length + " found");
    }
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + s + "'");
    }
  }

  /** The file this store saves to. */
  public Path file() {
    return file;
  }

  /** Every file position, as last set or read. */
  public synchronized List<FilePosition> files() {
    return List.copyOf(files);
  }

  /** Replaces every file position. */
  public synchronized void setFiles(List<FilePosition> positions) {
    if (!positions.equals(files)) {
      files = new ArrayList<>(positions);
      version++;
    }
  }

  /** The journal cursor saved under {@code key}, or null. */
  public synchronized @Nullable String cursor(String key) {
    return cursors.get(key);
  }

  /** Records the cursor of the last journal entry sent for {@code key}. */
  public synchronized void setCursor(String key, String cursor) {
    if (!cursor.equals(cursors.put(key, cursor))) {
      version++;
    }
  }

  /** The output digest saved under {@code key}, or null. */
  public synchronized @Nullable String digest(String key) {
    return digests.get(key);
  }

  /** Records the digest of a command's last output. */
  public synchronized void setDigest(String key, String digest) {
    if (!digest.equals(digests.put(key, digest))) {
      version++;
    }
  }

  /** True when something changed since the last save. */
  public synchronized boolean changed() {
    return version != savedVersion;
  }

  /** Writes the positions if they changed since the last save; atomically. */
  public void save() throws IOException {
    synchronized (saving) {
      String text;
      long v;
      synchronized (this) {
        if (version == savedVersion && Files.exists(file)) {
          return;
        }
        v = version;
        text = render();
      }
      write(text);
      synchronized (this) {
        savedVersion = v;
      }
    }
  }

  private String render() {
    StringBuilder b = new StringBuilder(HEADER);
    for (FilePosition p : files) {
      b.append("file\t").append(escape(p.pattern())).append('\t').append(escape(p.path()))
          .append('\t').append(p.identity().device()).append('\t').append(p.identity().inode())
          .append('\t').append(p.offset()).append('\n');
    }
    cursors.forEach((k, v) -> b.append("cursor\t").append(escape(k)).append('\t')
        .append(escape(v)).append('\n'));
    digests.forEach((k, v) -> b.append("digest\t").append(escape(k)).append('\t')
        .append(escape(v)).append('\n'));
    return b.toString();
  }

  private void write(String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String escape(String s) {
    if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (++i >= s.length()) {
        throw new IllegalArgumentException("dangling backslash");
      }
      char e = s.charAt(i);
      b.append(switch (e) {
        case '\\' -> '\\';
        case 't' -> '\t';
        case 'n' -> '\n';
        case 'r' -> '\r';
        default -> throw new IllegalArgumentException("bad escape \\" + e);
      });
    }
    return b.toString();
  }
}
