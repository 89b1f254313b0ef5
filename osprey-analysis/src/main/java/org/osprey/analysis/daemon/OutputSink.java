package org.osprey.analysis.daemon;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import org.osprey.analysis.alert.AlertText;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.rule.Rule;
import org.osprey.queue.QueueMessage;

/** analysisd's outputs under the install home: alerts.log and the dead-letter file. */
final class OutputSink implements AlertSink {
  private final BufferedWriter alerts;
  private final Path deadLetters;
  private final StringBuilder block = new StringBuilder(1024);

  private OutputSink(BufferedWriter alerts, Path deadLetters) {
    this.alerts = alerts;
    this.deadLetters = deadLetters;
  }

  static OutputSink open(Path home, EngineFactory.Settings settings, InstantSource clock)
      throws IOException {
    Path dir = home.resolve("logs/alerts");
    Files.createDirectories(dir);
    return new OutputSink(Files.newBufferedWriter(dir.resolve("alerts.log"),
        StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
        home.resolve("queue/ossec/dead-letters"));
  }

  @Override
  public void alert(Event e, Rule rule, long alertId) {
    block.setLength(0);
    AlertText.format(e, rule, alertId, block);
    try {
      alerts.append(block);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public void deadLetter(QueueMessage message, String reason) {
    try {
      Files.writeString(deadLetters, message.wire() + "\t" + reason + "\n",
          StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public void flush() {
    try {
      alerts.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  void close() {
    try {
      alerts.close();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
