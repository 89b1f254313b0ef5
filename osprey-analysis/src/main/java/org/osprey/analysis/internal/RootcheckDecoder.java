package org.osprey.analysis.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.InternalDecoder;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.event.FileChange;

/**
 * OSSEC's {@code DecodeRootcheck}: every message is decoded by {@code rootcheck}; a message not yet
 * in the location's database is first-time-seen (OSSEC's {@code FTS_DONE}), so rule 510's
 * {@code <if_fts/>} alerts once per finding. The file and the hashes a finding names are extracted.
 */
final class RootcheckDecoder implements Closeable {
  private final Path dir;
  private final Decoder decoder;
  private final Map<String, RootcheckDb> dbs = new HashMap<>();

  RootcheckDecoder(Path dir, DecoderSet decoders) {
    this.dir = dir;
    this.decoder = InternalDecoder.of(decoders, "rootcheck", "rootcheck");
  }

  InternalDecoders.Result decode(Event e) throws IOException {
    RootcheckDb db = db(e.location());
    if (db == null) {
      return InternalDecoders.Result.DROPPED;
    }
    String message = e.log();
    boolean known = db.seen(message, e.epochSecond());
    e.setDecoder(decoder);
    e.setFtsDone(!known);
    extract(e, message);
    return InternalDecoders.Result.DECODED;
  }

  /** {@code file '<path>'}, {@code MD5=}, {@code SHA1=}, {@code SHA256=} as OSSEC reads them. */
  static void extract(Event e, String message) {
    int f = message.indexOf(" file '");
    if (f >= 0) {
      int start = f + 7;
      int end = message.indexOf('\'', start);
      if (end > start) {
        e.set(Field.FILENAME, message.substring(start, end));
      }
    }
    String md5 = hash(message, " MD5=", 32);
    String sha1 = hash(message, " SHA1=", 40);
    String sha256 = hash(message, " SHA256=", 64);
    if (md5 != null || sha1 != null || sha256 != null) {
      e.setFileChange(FileChange.hashesAfter(md5, sha1, sha256));
    }
  }

  /**
   * The value after the first {@code key}: {@code sscanf("%64s")} (white space skipped, at most 64
   * characters up to the next white space), kept when it has exactly {@code length} characters and
   * is not {@code n/a}.
   */
  private static @Nullable String hash(String message, String key, int length) {
    int at = message.indexOf(key);
    if (at < 0) {
      return null;
    }
    int i = at + key.length();
    while (i < message.length() && isSpace(message.charAt(i))) {
      i++;
    }
    int end = i;
    while (end < message.length() && end - i < 64 && !isSpace(message.charAt(end))) {
      end++;
    }
    String v = message.substring(i, end);
    return v.length() == length && !v.equals("n/a") ? v : null;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private @Nullable RootcheckDb db(String location) throws IOException {
    RootcheckDb db = dbs.get(location);
    if (db != null) {
      return db;
    }
    Path file = LocationFiles.resolve(dir, location);
    if (file == null) {
      return null;
    }
    db = RootcheckDb.open(file);
    dbs.put(location, db);
    return db;
  }

  @Override
  public void close() throws IOException {
    try {
      DbFile.closeAll(dbs.values());
    } finally {
      dbs.clear();
    }
  }
}
