package org.osprey.analysis.engine;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/**
 * OSSEC's accumulator ({@code <accumulate/>}, spec ossec-rules §5.7): events that share a hostname,
 * a decoder name and an {@code id} within 120 seconds lend each other the fields they lack, so a
 * message split over several log lines (e.g. Postfix's queue id lines) can be matched as one.
 *
 * <p>Key: {@code "<hostname> <decoder name> <id>"} (keys of 256 characters or more are not kept, as
 * OSSEC's buffer refuses them). For a stored entry not older than 120 seconds, each of dstuser,
 * srcuser, dstip, srcip, dstport, srcport and data that the event lacks (null or empty) is taken
 * from it; then each of those the entry lacks is taken from the event (the first value wins), and the
 * entry's time is refreshed. Only values of 1 to 80 characters are copied either way. Entries are
 * purged after 200 lookups or 300 seconds since the last purge (OSSEC's purge test on time is
 * always true, so it purges every 200 lookups; an expired entry is never used either way, so the
 * difference is memory only).
 *
 * <p>Time is the event's time, not the wall clock, so replays and tests give the same results. Runs
 * in event order, on one thread (not thread-safe).
 */
public final class Accumulator {
  static final long EXPIRE_SECONDS = 120;
  static final long PURGE_SECONDS = 300;
  static final int PURGE_LOOKUPS = 200;
  static final int MAX_VALUE = 80;
  static final int MAX_KEY = 256;
  private static final Field[] FIELDS = {
    Field.DSTUSER, Field.SRCUSER, Field.DSTIP, Field.SRCIP, Field.DSTPORT, Field.SRCPORT, Field.DATA
  };

  private final Map<String, Entry> store = new HashMap<>();
  private int lookups;
  private long purgedAt;
  private boolean started;

  private static final class Entry {
    long time;
    final @Nullable String[] values = new String[FIELDS.length];
  }

  /** Fills {@code e} from, and records it in, its entry; events without an id are left alone. */
  public void accumulate(Event e) {
    String id = e.get(Field.ID);
    Decoder d = DecoderSet.of(e);
    if (id == null || d == null) {
      return;
    }
    long now = e.epochSecond();
    purge(now);
    String host = e.hostname();
    String key = (host == null ? "(null)" : host) + " " + d.name() + " " + id;
    if (key.length() >= MAX_KEY) {
      return;
    }
    Entry s = store.get(key);
    if (s != null && s.time > 0 && s.time < now - EXPIRE_SECONDS) {
      s = null;
    } else if (s != null) {
      for (int i = 0; i < FIELDS.length; i++) {
        String v = s.values[i];
        if (isEmpty(e.get(FIELDS[i])) && copyable(v)) {
          e.set(FIELDS[i], v);
        }
      }
    }
    if (s == null) {
      s = new Entry();
      store.put(key, s);
    }
    s.time = now;
    for (int i = 0; i < FIELDS.length; i++) {
      String v = e.get(FIELDS[i]);
      if (isEmpty(s.values[i]) && copyable(v)) {
        s.values[i] = v;
      }
    }
  }

  /** Entries held (for tests and statistics). */
  public int size() {
    return store.size();
  }

  private void purge(long now) {
    if (!started) {
      started = true;
      purgedAt = now;
    }
    lookups++;
    if (lookups < PURGE_LOOKUPS && now - purgedAt < PURGE_SECONDS) {
      return;
    }
    lookups = 0;
    purgedAt = now;
    for (Iterator<Entry> it = store.values().iterator(); it.hasNext(); ) {
      if (it.next().time < now - EXPIRE_SECONDS) {
        it.remove();
      }
    }
  }

  private static boolean isEmpty(@Nullable String s) {
    return s == null || s.isEmpty();
  }

  private static boolean copyable(@Nullable String s) {
    return s != null && !s.isEmpty() && s.length() <= MAX_VALUE;
  }
}
