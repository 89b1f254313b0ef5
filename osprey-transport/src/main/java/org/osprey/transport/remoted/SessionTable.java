package org.osprey.transport.remoted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.codec.RidsFiles;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.ClientKeys;

/**
 * The sessions of the current keys, rebuilt when the keys change: an agent whose key line is unchanged
 * keeps its session; new agents start from their {@code queue/rids} counters.
 */
final class SessionTable {
  private final RidsFiles rids;
  private final boolean verify;
  private volatile ClientKeys keys = ClientKeys.empty();
  private volatile Map<String, AgentSession> byId = Map.of();
  private int nextSlot;

  SessionTable(RidsFiles rids, boolean verify) {
    this.rids = rids;
    this.verify = verify;
  }

  /** Brings the table in line with {@code newKeys} (no-op when they are the same object). */
  synchronized void update(ClientKeys newKeys) {
    if (newKeys == keys) {
      return;
    }
    Map<String, AgentSession> next = new HashMap<>();
    for (AgentKey k : newKeys.entries()) {
      AgentSession old = byId.get(k.id());
      if (old != null && old.key.equals(k)) {
        next.put(k.id(), old);
      } else {
        String[] seq = readSeq(k.id());
        next.putIfAbsent(k.id(), new AgentSession(k, nextSlot++, rids.read(k.id()), verify,
            seq == null ? null : seq[0], seq == null ? -1 : Long.parseLong(seq[1])));
      }
    }
    byId = Map.copyOf(next);
    keys = newKeys;
  }

  private String @Nullable [] readSeq(String id) {
    try {
      String[] parts = Files.readString(rids.dir().resolve(id + ".osprey"), StandardCharsets.US_ASCII)
          .strip().split(" ");
      if (parts.length == 2 && parts[1].matches("-?[0-9]{1,19}")) {
        return parts;
      }
    } catch (IOException e) {
      // None stored yet.
    }
    return null;
  }

  ClientKeys keys() {
    return keys;
  }

  @Nullable AgentSession get(String id) {
    return byId.get(id);
  }

  List<AgentSession> all() {
    return new ArrayList<>(byId.values());
  }

  /** Stores one session's receive counter and stream position as they are now. Retriable on failure. */
  void flush(AgentSession s) throws IOException {
    write(s.key.id(), s.position());
    s.sinceFlush = 0;
  }

  /** Stores an agent's receive counter and stream position. Retriable on failure. */
  void write(String id, CounterFlusher.Position p) throws IOException {
    rids.write(id, p.counter());
    String stream = p.streamId();
    if (stream != null) {
      Files.writeString(rids.dir().resolve(id + ".osprey"), stream + " " + p.lastSeq(), StandardCharsets.US_ASCII);
    }
  }
}
