package org.osprey.transport.remoted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.osprey.transport.crypto.CipherMethod;
import org.osprey.transport.keys.AgentKey;

/**
 * {@code queue/agent-info/<name>-<ip>} (spec §4.3): the first line of the last keepalive and, as in 4.x,
 * {@code crypto_method:<aes|blowfish>}. Its mtime is the time of the last keepalive.
 */
public final class AgentInfoFiles {
  private final Path dir;

  public AgentInfoFiles(Path dir) {
    this.dir = dir;
  }

  public static AgentInfoFiles of(Path home) {
    return new AgentInfoFiles(home.resolve("queue/agent-info"));
  }

  public Path file(AgentKey key) {
    return dir.resolve(key.infoName());
  }

  /** Writes the file (retriable on failure). */
  void write(AgentKey key, String uname, CipherMethod method, Instant now) throws IOException {
    Files.createDirectories(dir);
    Path f = file(key);
    Files.writeString(f, uname + "\ncrypto_method:" + method.ossecName() + "\n", StandardCharsets.ISO_8859_1);
    Files.setLastModifiedTime(f, FileTime.from(now));
  }

  /** Refreshes the mtime of an unchanged keepalive. */
  void touch(AgentKey key, Instant now) throws IOException {
    Path f = file(key);
    if (Files.exists(f)) {
      Files.setLastModifiedTime(f, FileTime.from(now));
    }
  }
}
