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

/**
 * OSSEC's {@code DecodeSyscheck}: a message {@code <checksum> <file>[\n<diff>]} is compared with the
 * file's entry in its location's database; a change, a deletion, a re-added file or (with
 * {@code alert_new_files}) a new file becomes an event whose full log is the alert text; anything
 * else is dropped after the database is brought up to date.
 */
final class SyscheckDecoder implements Closeable {
  static final String DB_COMPLETED = "syscheck-db-completed";
  private static final String NAME = "syscheck_integrity_changed";

  private final Path dir;
  private final SyscheckSettings settings;
  private final Map<String, SyscheckDb> dbs = new HashMap<>();
  private final Decoder changed;
  private final Decoder changed2nd;
  private final Decoder changed3rd;
  private final Decoder newEntry;
  private final Decoder deleted;

  SyscheckDecoder(Path dir, DecoderSet decoders, SyscheckSettings settings) {
    this.dir = dir;
    this.settings = settings;
    this.changed = InternalDecoder.of(decoders, NAME, NAME);
    this.changed2nd = InternalDecoder.of(decoders, NAME, "syscheck_integrity_changed_2nd");
    this.changed3rd = InternalDecoder.of(decoders, NAME, "syscheck_integrity_changed_3rd");
    this.newEntry = InternalDecoder.of(decoders, NAME, "syscheck_new_entry");
    this.deleted = InternalDecoder.of(decoders, NAME, "syscheck_deleted");
  }

  InternalDecoders.Result decode(Event e) throws IOException {
    String log = e.log();
    int space = log.indexOf(' ');
    if (space < 0) {
      if (log.equals(DB_COMPLETED)) {
        SyscheckDb db = dbs.get(e.location());
        // As OSSEC: only a database already opened since start is marked.
        if (db != null && !db.completed()) {
          db.markCompleted();
        }
      }
      return InternalDecoders.Result.DROPPED;
    }
    String sum = log.substring(0, space);
    String rest = log.substring(space + 1);
    int newline = rest.indexOf('\n');
    String file = newline < 0 ? rest : rest.substring(0, newline);
    String diff = newline < 0 ? null : rest.substring(newline + 1);
    if (settings.ignores(file)) {
      return InternalDecoders.Result.DROPPED;
    }
    e.set(Field.FILENAME, file);
    SyscheckDb db = db(e.location());
    if (db == null) {
      return InternalDecoders.Result.DROPPED;
    }
    SyscheckDb.Entry entry = db.find(file);
    SyscheckText.Report report;
    Decoder decoder;
    if (entry == null) {
      db.add(file, "+++" + sum, e.epochSecond());
      if (!settings.alertNewFiles()) {
        return InternalDecoders.Result.DROPPED;
      }
      decoder = newEntry;
      report = SyscheckText.newFile(file, sum);
    } else {
      String saved = entry.sum();
      if (saved.equals(sum)) {
        return InternalDecoders.Result.DROPPED;
      }
      if (!Checksums.realChange(saved, sum)) {
        // Only xxx placeholders or a sixth/seventh field differ: a new baseline, quietly.
        db.replace(file, entry, "+++" + sum, e.epochSecond());
        return InternalDecoders.Result.DROPPED;
      }
      int changes = changes(entry);
      decoder = decoderFor(changes);
      if (decoder == null) {
        return InternalDecoders.Result.DROPPED;
      }
      db.replace(file, entry, prefix(changes) + sum, e.epochSecond());
      if (Checksums.deleted(sum)) {
        decoder = deleted;
        report = SyscheckText.deleted(file);
      } else if (Checksums.deleted(saved)) {
        decoder = newEntry;
        report = SyscheckText.readded(file);
      } else {
        report = SyscheckText.changed(file, saved, sum, diff);
      }
    }
    e.setFullLog(report.text());
    e.setLog(report.text());
    e.setFileChange(report.change());
    e.setDecoder(decoder);
    return InternalDecoders.Result.DECODED;
  }

  /**
   * How many changes the entry's prefix records: {@code +++} 0, {@code !++} 1, {@code !!+} 2,
   * {@code !!!} 3, {@code !!?} 4.
   */
  private static int changes(SyscheckDb.Entry entry) {
    if (entry.prefix(0) != '!') {
      return 0;
    }
    if (entry.prefix(1) != '!') {
      return 1;
    }
    return switch (entry.prefix(2)) {
      case '!' -> 3;
      case '?' -> 4;
      default -> 2;
    };
  }

  /** The decoder for a change after {@code changes} earlier ones, or null when auto-ignored. */
  private @Nullable Decoder decoderFor(int changes) {
    if (!settings.autoIgnore()) {
      return changed;
    }
    return switch (changes) {
      case 0 -> changed;
      case 1 -> changed2nd;
      case 2 -> changed3rd;
      default -> null;
    };
  }

  /** The prefix of the line recording one more change. */
  private static String prefix(int changes) {
    return "!" + (changes >= 1 ? '!' : '+') + (changes == 2 ? '!' : changes > 2 ? '?' : '+');
  }

  private @Nullable SyscheckDb db(String location) throws IOException {
    SyscheckDb db = dbs.get(location);
    if (db != null) {
      return db;
    }
    Path file = LocationFiles.resolve(dir, location);
    Path marker = LocationFiles.completedMarker(dir, location);
    if (file == null || marker == null) {
      return null;
    }
    db = SyscheckDb.open(file, marker);
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
