package org.osprey.analysis.cdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds a cdb file. Records go to a temporary file beside the target as they are added; {@link #commit}
 * appends the 256 hash tables, writes the header, syncs the file and renames it over the target, so a
 * reader sees either the old file or the complete new one. Closing without committing deletes the
 * temporary file.
 *
 * <p>Layout (D. J. Bernstein's cdb): a header of 256 {@code (table position, slot count)} pairs; the
 * records in insertion order from offset 2048; then table {@code i} for each {@code i}, with twice as
 * many slots as keys whose hash ends in byte {@code i}, each key put, in insertion order, at slot
 * {@code (hash >>> 8) % slots} or the next free one. So for a repeated key the first record is found
 * first. Every integer is unsigned 32-bit little-endian, which limits the file to 4 GiB.
 *
 * <p>Not thread-safe: one writer per file, used by one thread.
 */
public final class CdbWriter implements AutoCloseable {
  private static final long MAX_FILE = 0xFFFF_FFFFL;
  private static final int BUFFER = 64 * 1024;

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
  private long position = CdbReader.HEADER_SIZE;
  private int[] hashes = new int[64];
  private int[] positions = new int[64];
  private int count;
  private boolean done;

  private CdbWriter(Path target) throws IOException {
    this.target = target;
    Path dir = target.toAbsolutePath().getParent();
    FileChannel ch = null;
    Path tmp = null;
    for (int attempt = 0; ch == null; attempt++) {
      // Not Files.createTempFile: it makes the file 0600, and the daemon may run as another user.
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
      tmp = dir.resolve("." + target.getFileName() + "." + suffix + ".tmp");
      try {
        ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
    this.temp = tmp;
    this.channel = ch;
  }

  /** Starts a new cdb that {@link #commit} will put at {@code target} (its directory must exist). */
  public static CdbWriter create(Path target) throws IOException {
    CdbWriter w = new CdbWriter(target);
    try {
      w.channel.write(ByteBuffer.allocate(CdbReader.HEADER_SIZE));
    } catch (IOException e) {
      w.close();
      throw e;
    }
    return w;
  }

  /** Appends a record; a repeated key keeps every record, and lookups find the first. */
  public void add(byte[] key, byte[] value) throws IOException {
    if (done) {
      throw new IllegalStateException("writer for " + target + " is already committed or closed");
    }
    long next = position + 8L + key.length + value.length;
    // Every record also costs two table slots (16 bytes) at commit.
    if (next + 16L * (count + 1) > MAX_FILE) {
      throw new IOException(target + ": the cdb would exceed the format's 4 GiB limit");
    }
    if (count == hashes.length) {
      hashes = Arrays.copyOf(hashes, count * 2);
      positions = Arrays.copyOf(positions, count * 2);
    }
    hashes[count] = CdbHash.of(key);
    positions[count] = (int) position;
    count++;
    putInt(key.length);
    putInt(value.length);
    put(key);
    put(value);
    position = next;
  }

  /** {@link #add(byte[], byte[])} with ISO-8859-1 strings; a char above U+00FF is an error. */
  public void add(String key, String value) throws IOException {
    add(Latin1.bytes(key, "key"), Latin1.bytes(value, "value"));
  }

  /** The number of records added so far. */
  public int size() {
    return count;
  }

  /** Writes the tables and the header, syncs, and renames the file to the target. */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException("writer for " + target + " is already committed or closed");
    }
    try {
      ByteBuffer header = ByteBuffer.allocate(CdbReader.HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
      writeTables(header);
      flush();
      header.flip();
      long at = 0;
      while (header.hasRemaining()) {
        at += channel.write(header, at);
      }
      channel.force(true);
      channel.close();
      move();
      done = true;
    } finally {
      if (!done) {
        close();
      }
    }
  }

  private void writeTables(ByteBuffer header) throws IOException {
    int[] perTable = new int[256];
    for (int i = 0; i < count; i++) {
      perTable[CdbHash.table(hashes[i])]++;
    }
    // Group the records by table, keeping insertion order inside each group.
    int[] start = new int[257];
    for (int t = 0; t < 256; t++) {
      start[t + 1] = start[t] + perTable[t];
    }
    int[] order = new int[count];
    int[] fill = Arrays.copyOf(start, 256);
    for (int i = 0; i < count; i++) {
      order[fill[CdbHash.table(hashes[i])]++] = i;
    }
    for (int t = 0; t < 256; t++) {
      int slots = perTable[t] * 2;
      header.putInt((int) position).putInt(slots);
      int[] slotHash = new int[slots];
      int[] slotPos = new int[slots];
      for (int k = start[t]; k < start[t + 1]; k++) {
        int i = order[k];
        int s = (int) CdbHash.firstSlot(hashes[i], slots);
        while (slotPos[s] != 0) {
          s = s + 1 == slots ? 0 : s + 1;
        }
        slotHash[s] = hashes[i];
        slotPos[s] = positions[i];
      }
      for (int s = 0; s < slots; s++) {
        putInt(slotHash[s]);
        putInt(slotPos[s]);
      }
      position += 8L * slots;
    }
  }

  private void move() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    syncDirectory(target.toAbsolutePath().getParent());
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Some platforms cannot open or sync a directory; the rename itself has happened.
    }
  }

  private void putInt(int v) throws IOException {
    if (buffer.remaining() < 4) {
      flush();
    }
    buffer.putInt(v);
  }

  private void put(byte[] bytes) throws IOException {
    int off = 0;
    while (off < bytes.length) {
      if (!buffer.hasRemaining()) {
        flush();
      }
      int n = Math.min(buffer.remaining(), bytes.length - off);
      buffer.put(bytes, off, n);
      off += n;
    }
  }

  private void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  /** Abandons an uncommitted file (deleting the temporary file); after {@link #commit} does nothing. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
