package org.osprey.transport.agentd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.keys.Md5;
import org.osprey.transport.remoted.SharedBundle;

/**
 * The agent side of the shared-file push (spec §4.4): {@code up file <md5> <name>}, raw chunks,
 * {@code close file}. The file is kept in memory (bounded) and written only when its md5 matches; a
 * merged.mg is then unmerged into {@code etc/shared}. Not thread-safe: the receiving thread owns it.
 */
final class SharedFileReceiver {
  static final int MAX_FILE = 16 << 20;
  private final Path sharedDir;
  private @Nullable String name;
  private @Nullable String md5;
  private final ByteArrayOutputStream data = new ByteArrayOutputStream();
  private boolean tooLarge;

  SharedFileReceiver(Path sharedDir) {
    this.sharedDir = sharedDir;
  }

  /** {@code up file <md5> <name>\n}. */
  void open(String args) {
    String a = args.endsWith("\n") ? args.substring(0, args.length() - 1) : args;
    int sp = a.indexOf(' ');
    if (sp <= 0 || sp > 33) {
      name = null;
      return;
    }
    md5 = a.substring(0, sp);
    String n = a.substring(sp + 1).replace('/', '-');
    if (n.startsWith(".")) {
      n = "-" + n.substring(1);
    }
    name = n.isEmpty() ? null : n;
    data.reset();
    tooLarge = false;
  }

  boolean isOpen() {
    return name != null;
  }

  void chunk(byte[] b) {
    if (data.size() + b.length > MAX_FILE) {
      tooLarge = true;
    } else {
      data.write(b, 0, b.length);
    }
  }

  /**
   * {@code close file}: writes the file when its md5 matches.
   *
   * @return the file's name when it was written, else null
   */
  @Nullable String close() throws IOException {
    String n = name;
    name = null;
    if (n == null || tooLarge) {
      return null;
    }
    byte[] content = data.toByteArray();
    data.reset();
    if (!Md5.hex(content).equals(md5)) {
      return null;
    }
    Files.createDirectories(sharedDir);
    Path tmp = sharedDir.resolve("." + n + ".tmp");
    Files.write(tmp, content);
    Files.move(tmp, sharedDir.resolve(n), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    if (n.equals(SharedBundle.NAME)) {
      SharedBundle.unmerge(content, sharedDir);
    }
    return n;
  }
}
