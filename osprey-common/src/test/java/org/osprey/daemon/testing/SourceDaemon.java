package org.osprey.daemon.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonContext;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueWriter;

/**
 * Sends each line of a file under the home (if it exists) as a local-file message, on its own thread, with
 * push-back; stop waits until every line was handed to the queue.
 */
public final class SourceDaemon implements Daemon {
  private final String name;
  private final String file;
  private final QueueName output;
  private @Nullable Thread sender;

  /** @param file relative to the install home */
  public SourceDaemon(String name, String file, QueueName output) {
    this.name = name;
    this.file = file;
    this.output = output;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void start(DaemonContext context) throws Exception {
    Path p = context.home().resolve(file);
    List<String> lines = Files.exists(p) ? Files.readAllLines(p, StandardCharsets.ISO_8859_1) : List.of();
    QueueWriter writer = context.queues().writer(output);
    context.log().info("Sending " + lines.size() + " line(s) from " + file + ".");
    sender =
        Thread.ofPlatform()
            .name(name)
            .start(
                () -> {
                  try {
                    for (String line : lines) {
                      writer.send(new QueueMessage(QueueMessage.LOCALFILE, name, line));
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
  }

  @Override
  public void stop() {
    Thread t = sender;
    if (t != null) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
