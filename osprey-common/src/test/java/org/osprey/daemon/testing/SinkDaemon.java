package org.osprey.daemon.testing;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osprey.daemon.DaemonContext;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;

/**
 * Appends {@code <user> <wire form>} for every message it reads to a file, flushing each line; optionally
 * slow, to make producers wait.
 */
public final class SinkDaemon extends WorkerDaemon {
  private final String file;
  private final Duration delay;
  private @Nullable BufferedWriter out;

  /** @param file relative to the install home */
  public SinkDaemon(String name, QueueName input, String file, Duration delay) {
    super(name, input);
    this.file = file;
    this.delay = delay;
  }

  @Override
  protected void open(DaemonContext context) throws Exception {
    Path p = context.home().resolve(file);
    out =
        Files.newBufferedWriter(
            p, StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Override
  protected void handle(QueueMessage message) throws Exception {
    if (!delay.isZero()) {
      Thread.sleep(delay);
    }
    BufferedWriter w = Objects.requireNonNull(out);
    w.write(System.getProperty("user.name") + " " + message.wire());
    w.newLine();
    w.flush();
  }

  @Override
  protected void close() throws Exception {
    if (out != null) {
      out.close();
    }
  }
}
