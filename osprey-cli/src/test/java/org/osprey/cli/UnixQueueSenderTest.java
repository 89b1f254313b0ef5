package org.osprey.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueName;
import org.osprey.queue.QueueReader;
import org.osprey.queue.QueueSettings;
import org.osprey.queue.SocketQueueHub;
import org.osprey.transport.remoted.ArRequest;

/** A tool's message reaches the queue socket a daemon reads, as the daemons' own writers' do. */
class UnixQueueSenderTest {
  @TempDir Path home;

  @Test
  void aMessageSentToTheArSocketIsReadByItsReader() throws Exception {
    Files.createDirectories(home.resolve("queue/alerts"));
    SocketQueueHub hub = new SocketQueueHub(home, QueueSettings.DEFAULT, null);
    try {
      QueueReader reader = hub.reader(QueueName.AR);
      String line = AgentControlCommand.arLine("001", "restart-ossec0 - null");
      new UnixQueueSender(home).send(QueueName.AR, ArRequest.message(line));
      QueueMessage got = reader.poll(Duration.ofSeconds(5));
      assertThat(got).isNotNull();
      assertThat(ArRequest.line(got)).isEqualTo(line);
    } finally {
      hub.closeInbound(Duration.ofSeconds(1));
    }
  }

  @Test
  void noReaderIsAClearError() {
    assertThatThrownBy(() -> new UnixQueueSender(home).send(QueueName.AR, ArRequest.message("x")))
        .isInstanceOf(IOException.class).hasMessageContaining("is the manager running?");
  }
}
