package org.osprey.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.keys.AgentKey;

/**
 * What {@code queue/agent-info/<name>-<ip>} says about an agent (spec §4.3): when remoted last heard a
 * keepalive (the file's mtime) and the OS and version line of it.
 *
 * @param lastKeepalive the file's mtime, or null when the agent never connected
 * @param os the text before {@code " - "} on the first line, or empty
 * @param version the text after it, without a trailing {@code " / <merged.mg sum>"}, or empty
 */
record AgentStatus(@Nullable Instant lastKeepalive, String os, String version) {
  /** OSSEC's disconnected time: 3 × notify_time (600 s) + 30 s, as monitord and agent_control use it. */
  static final Duration DISCONNECTED_AFTER = Duration.ofSeconds(1830);

  /** The words agent_control prints. */
  enum State {
    ACTIVE("Active"),
    DISCONNECTED("Disconnected"),
    NEVER_CONNECTED("Never connected");

    final String text;

    State(String text) {
      this.text = text;
    }
  }

  /** Reads the agent-info file of {@code key} under {@code home}. */
  static AgentStatus read(Path home, AgentKey key) throws IOException {
    Path file = home.resolve("queue/agent-info").resolve(key.infoName());
    Instant seen;
    String first;
    try {
      seen = Files.getLastModifiedTime(file).toInstant();
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      int nl = text.indexOf('\n');
      first = nl < 0 ? text : text.substring(0, nl);
    } catch (NoSuchFileException e) {
      return new AgentStatus(null, "", "");
    }
    int dash = first.indexOf(" - ");
    if (dash < 0) {
      return new AgentStatus(seen, first, "");
    }
    String version = first.substring(dash + 3);
    int sum = version.indexOf(" / ");
    return new AgentStatus(seen, first.substring(0, dash), sum < 0 ? version : version.substring(0, sum));
  }

  /** Active when the last keepalive is less than {@link #DISCONNECTED_AFTER} before {@code now}. */
  State state(Instant now) {
    if (lastKeepalive == null) {
      return State.NEVER_CONNECTED;
    }
    return lastKeepalive.isAfter(now.minus(DISCONNECTED_AFTER)) ? State.ACTIVE : State.DISCONNECTED;
  }
}
