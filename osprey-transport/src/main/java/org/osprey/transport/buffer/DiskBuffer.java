package org.osprey.transport.buffer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osprey.text.Ascii;

/**
 * A bounded, on-disk FIFO of events with gap-free sequence numbers. Events are appended to segment files
 * ({@code seg-<first seq>}), records {@code [int length][long seq][bytes]}; {@link #ack} frees whole
 * segments once all their events are acknowledged, and stores the acknowledged number in {@code acked}
 * with the buffer's random id ({@code <id> <seq>}), so after a restart unacknowledged events are sent
 * again and acknowledged ones are not. That file is rewritten at most once per {@link #ACK_WRITE_NANOS}
 * (and when a segment is freed, and on close): after a crash up to that much acknowledged data is sent
 * again, which an Osprey manager recognises by its sequence numbers. Writes go to the page cache (not fsynced per event): a crash of
 * the process loses nothing; a crash of the host may lose the last moments. Thread-safe.
 */
public final class DiskBuffer implements AutoCloseable {
  /** One buffered event. */
  public record Entry(long seq, byte[] data) {}

  private static final int HEADER = 12;
  /** The least time between two writes of the {@code acked} file. */
  static final long ACK_WRITE_NANOS = 1_000_000_000L;
  private final Path dir;
  private final long maxBytes;
  private final int segmentBytes;
  private final String id;
  private final TreeMap<Long, Path> segments = new TreeMap<>();
  private final Map<Path, Long> sizes = new java.util.HashMap<>();
  private long bytes;
  private long acked;
  private long last;
  private FileChannel writer;
  private long writerFirst;
  // Sequential read cursor.
  private FileChannel reader;
  private long readerFirst = -1;
  private long readerPos;
  private long readerNext = -1;
  private long ackWritten = System.nanoTime() - ACK_WRITE_NANOS;
  private boolean ackDirty;

  private DiskBuffer(Path dir, long maxBytes, int segmentBytes, String id, long acked) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.segmentBytes = segmentBytes;
    this.id = id;
    this.acked = acked;
    this.last = acked;
  }

  /**
   * Opens (creating) the buffer in {@code dir}.
   *
   * @param maxBytes the most bytes of events kept
   * @param segmentBytes the size at which a new segment file is started
   * @throws IOException when the directory cannot be used (retriable once the disk is fixed)
   */
  public static DiskBuffer open(Path dir, long maxBytes, int segmentBytes) throws IOException {
    Files.createDirectories(dir);
    String id;
    long acked = 0;
    try {
      String[] p = Files.readString(dir.resolve("acked"), StandardCharsets.US_ASCII).strip().split(" ");
      id = p[0];
      acked = Long.parseLong(p[1]);
    } catch (NoSuchFileException | ArrayIndexOutOfBoundsException | NumberFormatException e) {
      byte[] r = new byte[8];
      new SecureRandom().nextBytes(r);
      id = HexFormat.of().formatHex(r);
    }
    DiskBuffer b = new DiskBuffer(dir, maxBytes, segmentBytes, id, acked);
    b.load();
    return b;
  }

  private void load() throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String n = p.getFileName().toString();
        if (n.startsWith("seg-") && n.length() <= 4 + 19 && Ascii.digits(n.substring(4))) {
          segments.put(Long.parseLong(n.substring(4)), p);
        }
      }
    }
    // Find the last complete record; cut a torn tail.
    for (Map.Entry<Long, Path> e : segments.entrySet()) {
      try (FileChannel ch = FileChannel.open(e.getValue(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        long pos = 0;
        long size = ch.size();
        ByteBuffer h = ByteBuffer.allocate(HEADER);
        while (pos + HEADER <= size) {
          h.clear();
          ch.read(h, pos);
          int len = h.getInt(0);
          long seq = h.getLong(4);
          if (len < 0 || pos + HEADER + len > size) {
            break;
          }
          last = Math.max(last, seq);
          pos += HEADER + len;
        }
        if (pos < size) {
          ch.truncate(pos);
        }
        sizes.put(e.getValue(), pos);
        bytes += pos;
      }
    }
    write("acked", id + " " + acked);
    freeAcked();
  }

  /** The buffer's random id: a new buffer (reinstall) has a new one. */
  public String id() {
    return id;
  }

  /**
   * Appends an event.
   *
   * @return its sequence number, or −1 when the buffer is full (the caller waits for acknowledgements)
   * @throws IOException when the disk fails (retriable)
   */
  public synchronized long append(byte[] data) throws IOException {
    long need = HEADER + data.length;
    if (bytes + need > maxBytes) {
      return -1;
    }
    if (writer == null || writer.size() + need > segmentBytes && writer.size() > 0) {
      roll();
    }
    long seq = last + 1;
    ByteBuffer b = ByteBuffer.allocate((int) need);
    b.putInt(data.length).putLong(seq).put(data).flip();
    while (b.hasRemaining()) {
      writer.write(b);
    }
    last = seq;
    bytes += need;
    Path seg = segments.get(writerFirst);
    sizes.merge(seg, need, Long::sum);
    return seq;
  }

  private void roll() throws IOException {
    if (writer != null) {
      writer.close();
    }
    writerFirst = last + 1;
    Path p = dir.resolve("seg-" + writerFirst);
    writer = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    segments.put(writerFirst, p);
    sizes.putIfAbsent(p, writer.size());
  }

  /** Up to {@code max} events with sequence numbers from {@code from} on, in order. */
  public synchronized List<Entry> read(long from, int max) throws IOException {
    List<Entry> out = new ArrayList<>();
    long want = Math.max(from, acked + 1);
    if (want > last) {
      return out;
    }
    if (readerNext != want) {
      Map.Entry<Long, Path> seg = segments.floorEntry(want);
      if (seg == null) {
        seg = segments.firstEntry();
      }
      if (seg == null) {
        return out;
      }
      openReader(seg.getKey());
    }
    ByteBuffer h = ByteBuffer.allocate(HEADER);
    while (out.size() < max && want <= last) {
      long size = sizes.getOrDefault(segments.get(readerFirst), 0L);
      if (readerPos + HEADER > size) {
        Long next = segments.higherKey(readerFirst);
        if (next == null) {
          break;
        }
        openReader(next);
        continue;
      }
      h.clear();
      reader.read(h, readerPos);
      int len = h.getInt(0);
      long seq = h.getLong(4);
      if (seq < want) {
        readerPos += HEADER + len;
        continue;
      }
      byte[] data = new byte[len];
      ByteBuffer d = ByteBuffer.wrap(data);
      while (d.hasRemaining()) {
        if (reader.read(d, readerPos + HEADER + d.position()) < 0) {
          throw new IOException("buffer segment ends inside a record");
        }
      }
      readerPos += HEADER + len;
      out.add(new Entry(seq, data));
      want = seq + 1;
      readerNext = want;
    }
    return out;
  }

  private void openReader(long first) throws IOException {
    if (reader != null) {
      reader.close();
    }
    reader = FileChannel.open(segments.get(first), StandardOpenOption.READ);
    readerFirst = first;
    readerPos = 0;
    readerNext = first;
  }

  /** Everything up to {@code seq} has arrived: frees it. Numbers at or below the last ack are ignored. */
  public synchronized void ack(long seq) throws IOException {
    long s = Math.min(seq, last);
    if (s <= acked) {
      return;
    }
    acked = s;
    int before = segments.size();
    freeAcked();
    long now = System.nanoTime();
    if (segments.size() != before || now - ackWritten >= ACK_WRITE_NANOS) {
      writeAcked();
      ackWritten = now;
    } else {
      ackDirty = true;
    }
  }

  private void writeAcked() throws IOException {
    write("acked", id + " " + acked);
    ackDirty = false;
  }

  private void freeAcked() throws IOException {
    while (!segments.isEmpty()) {
      Map.Entry<Long, Path> first = segments.firstEntry();
      Long next = segments.higherKey(first.getKey());
      long lastInSeg = next == null ? last : next - 1;
      boolean current = writer != null && first.getKey() == writerFirst;
      if (lastInSeg > acked || current && lastInSeg >= first.getKey() && lastInSeg > acked) {
        break;
      }
      if (current) {
        // The segment being written is all acknowledged: start a new one at the next append.
        writer.close();
        writer = null;
      }
      if (reader != null && readerFirst == first.getKey()) {
        reader.close();
        reader = null;
        readerNext = -1;
      }
      bytes -= sizes.getOrDefault(first.getValue(), 0L);
      sizes.remove(first.getValue());
      Files.deleteIfExists(first.getValue());
      segments.pollFirstEntry();
    }
  }

  private void write(String name, String text) throws IOException {
    Path tmp = dir.resolve("." + name + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.US_ASCII);
    try {
      Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The highest acknowledged sequence number. */
  public synchronized long acked() {
    return acked;
  }

  /** The highest sequence number appended. */
  public synchronized long last() {
    return last;
  }

  /** Events waiting for an acknowledgement. */
  public synchronized long pending() {
    return last - acked;
  }

  /** Bytes on disk. */
  public synchronized long bytes() {
    return bytes;
  }

  /** The limit. */
  public long maxBytes() {
    return maxBytes;
  }

  @Override
  public synchronized void close() throws IOException {
    if (ackDirty) {
      writeAcked();
    }
    if (writer != null) {
      writer.force(false);
      writer.close();
      writer = null;
    }
    if (reader != null) {
      reader.close();
      reader = null;
    }
  }
}
