package org.osprey.analysis.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.InternalDecoder;
import org.osprey.analysis.event.Event;

/**
 * OSSEC's {@code DecodeHostinfo} for {@code nmapg} output, {@code Host: <ip>[ (<name>)], <ports>}:
 * the database {@code queue/fts/hostinfo} holds one line {@code <ip><ports>} per observation. A
 * host whose ports are already on record is dropped; otherwise a line is appended and the event
 * decoded as {@code hostinfo_new}, or {@code hostinfo_modified} when the address has other lines.
 * Both print the name {@code hostinfo_modified}, as in OSSEC.
 *
 * <p>OSSEC quirks kept: an address matches every line that starts with it ({@code 10.0.0.1} also
 * matches {@code 10.0.0.10 ...}); and after more than 30 errors (malformed messages or an unusable
 * database) hostinfo messages are dropped until restart.
 */
final class HostinfoDecoder implements Closeable {
  /** OSSEC reads the file with {@code fgets} into a 6143-byte buffer. */
  static final int READ_BUFFER = 6143;
  static final int MAX_ERRORS = 30;
  private static final String HOST = "Host: ";

  private final Path file;
  private final Decoder added;
  private final Decoder modified;
  private @Nullable DbFile db;
  private final List<String> lines = new ArrayList<>();
  private int errors;

  HostinfoDecoder(Path file, DecoderSet decoders) {
    this.file = file;
    this.added = InternalDecoder.of(decoders, "hostinfo_modified", "hostinfo_new");
    this.modified = InternalDecoder.of(decoders, "hostinfo_modified", "hostinfo_modified");
  }

  InternalDecoders.Result decode(Event e) throws IOException {
    if (errors > MAX_ERRORS) {
      return InternalDecoders.Result.DROPPED;
    }
    DbFile f = db();
    String log = e.log();
    int comma = log.indexOf(',', HOST.length());
    if (log.length() <= HOST.length() || !log.startsWith(HOST) || comma < 0) {
      errors++;
      return InternalDecoders.Result.DROPPED;
    }
    String ip = log.substring(HOST.length(), comma);
    int space = ip.indexOf(' ');
    if (space >= 0) {
      ip = ip.substring(0, space);
    }
    String ports = log.substring(comma + 1);
    boolean changed = false;
    for (String line : lines) {
      if (line.isEmpty() || line.charAt(0) == '#' || !line.startsWith(ip)) {
        continue;
      }
      if (line.substring(ip.length()).equals(ports)) {
        return InternalDecoders.Result.DROPPED;
      }
      changed = true;
    }
    String line = ip + ports + "\n";
    long at = f.append(line);
    for (DbFile.Chunk c : DbFile.chunksOf(line, at, READ_BUFFER)) {
      lines.add(c.text());
    }
    e.setDecoder(changed ? modified : added);
    return InternalDecoders.Result.DECODED;
  }

  private DbFile db() throws IOException {
    DbFile f = db;
    if (f != null) {
      return f;
    }
    try {
      f = DbFile.open(file);
      for (DbFile.Chunk c : f.chunks(READ_BUFFER)) {
        lines.add(c.text());
      }
    } catch (IOException ex) {
      errors++;
      if (f != null) {
        f.close();
      }
      lines.clear();
      throw ex;
    }
    db = f;
    return f;
  }

  @Override
  public void close() throws IOException {
    DbFile f = db;
    db = null;
    if (f != null) {
      f.close();
    }
  }
}
