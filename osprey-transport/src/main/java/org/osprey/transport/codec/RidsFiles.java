package org.osprey.transport.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code queue/rids/<id>}: the last counter pair received from an agent, as ASCII {@code G:L:} without a
 * newline, so a C manager's directory can be taken over as it is.
 */
public final class RidsFiles {
  private final Path dir;

  public RidsFiles(Path dir) {
    this.dir = dir;
  }

  /** {@code <home>/queue/rids}. */
  public static RidsFiles of(Path home) {
    return new RidsFiles(home.resolve("queue/rids"));
  }

  public Path dir() {
    return dir;
  }

  /** The stored pair, 0:0 when the file is missing or unparseable. */
  public Counter read(String name) {
    try {
      return Counter.parseFile(Files.readString(dir.resolve(name), StandardCharsets.US_ASCII));
    } catch (NoSuchFileException e) {
      return Counter.ZERO;
    } catch (IOException e) {
      return Counter.ZERO;
    }
  }

  /**
   * Stores {@code c} (write to a temporary file, then rename).
   *
   * @throws IOException retriable: the next flush tries again
   */
  public void write(String name, Counter c) throws IOException {
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + name + ".tmp");
    Files.writeString(tmp, c.fileText(), StandardCharsets.US_ASCII);
    Files.move(tmp, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
