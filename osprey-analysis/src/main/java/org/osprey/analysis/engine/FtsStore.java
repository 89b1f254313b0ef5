package org.osprey.analysis.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.decoder.FtsItem;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/**
 * First-time-seen keys, as OSSEC's {@code fts.c}: a key per event of a decoder with {@code <fts>};
 * a key not seen before makes {@code if_fts} rules match. The daemon persists new keys to
 * {@code queue/fts/fts-queue}; logtest keeps them in memory only. Used from the in-order pass only.
 */
public final class FtsStore {
  /** OSSEC's line buffer: keys are cut to 255 characters. */
  static final int MAX_KEY = 255;

  private final Set<String> keys = new HashSet<>();
  private final ArrayDeque<String> recentIds;
  private final int recentSize;
  private final int minSizeForStr;
  private final @Nullable BufferedWriter persist;

  private FtsStore(int listSize, int minSizeForStr, @Nullable BufferedWriter persist) {
    this.recentSize = listSize;
    this.recentIds = new ArrayDeque<>(listSize);
    this.minSizeForStr = minSizeForStr;
    this.persist = persist;
  }

  /** A store kept in memory only (logtest). */
  public static FtsStore inMemory(int listSize, int minSizeForStr) {
    return new FtsStore(listSize, minSizeForStr, null);
  }

  /** A store that loads and appends to {@code file} (the daemon's {@code queue/fts/fts-queue}). */
  public static FtsStore persistent(Path file, int listSize, int minSizeForStr) throws IOException {
    Files.createDirectories(file.getParent());
    FtsStore s = new FtsStore(listSize, minSizeForStr,
        Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND));
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      s.keys.add(line);
    }
    return s;
  }

  /** The event's key: decoder name, then the items the decoder's {@code <fts>} selects. */
  static String key(Event e, Decoder d) {
    StringBuilder b = new StringBuilder(96);
    b.append(d.name()).append(' ');
    item(b, e.get(Field.ID), d, FtsItem.ID);
    item(b, e.get(Field.DSTUSER), d, FtsItem.DSTUSER);
    item(b, e.get(Field.SRCUSER), d, FtsItem.SRCUSER);
    item(b, e.get(Field.SRCIP), d, FtsItem.SRCIP);
    item(b, e.get(Field.DSTIP), d, FtsItem.DSTIP);
    item(b, e.get(Field.DATA), d, FtsItem.DATA);
    item(b, e.get(Field.SYSTEM_NAME), d, FtsItem.SYSTEM_NAME);
    if (d.fts().contains(FtsItem.LOCATION)) {
      b.append(e.location());
    }
    return b.length() > MAX_KEY ? b.substring(0, MAX_KEY) : b.toString();
  }

  private static void item(StringBuilder b, @Nullable String v, Decoder d, FtsItem item) {
    if (v != null && d.fts().contains(item)) {
      b.append(v);
    }
    b.append(' ');
  }

  /** True when the event's key is new; records it. */
  public boolean firstTime(Event e, Decoder d) {
    String key = key(e, d);
    if (keys.contains(key)) {
      return false;
    }
    if (d.type() == DecoderType.IDS) {
      int similar = 0;
      var it = recentIds.descendingIterator();
      while (it.hasNext()) {
        if (commonPrefix(it.next(), key) > minSizeForStr) {
          similar++;
          if (similar > 2) {
            key = key.substring(0, Math.min(minSizeForStr, key.length()));
            break;
          }
        }
      }
      if (recentIds.size() >= recentSize) {
        recentIds.removeFirst();
      }
      recentIds.addLast(key);
    }
    if (!keys.add(key)) {
      return false;
    }
    if (persist != null) {
      try {
        persist.write(key);
        persist.write('\n');
        persist.flush();
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot write the first-time-seen store", ex);
      }
    }
    return true;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
