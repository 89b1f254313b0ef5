package org.osprey.analysis.cdb;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * An open cdb file. The whole structure is checked when the file is opened — 2048-byte header of 256
 * {@code (position, slots)} pairs, hash tables of {@code (hash, position)} pairs, records of
 * {@code (key length, value length, key, value)}, all integers unsigned 32-bit little-endian — so a
 * damaged file gives a {@link CdbFormatException} at {@link #open} and lookups cannot fail.
 *
 * <p>Immutable and safe to share between threads. Files up to {@link #MAP_THRESHOLD} bytes are read
 * into memory; larger ones are memory-mapped (and must then be replaced by rename, as
 * {@link CdbWriter} does, never rewritten in place).
 */
public final class CdbReader {
  /** Size of the header: 256 pairs of 32-bit integers. */
  public static final int HEADER_SIZE = 2048;

  /** Files larger than this are memory-mapped instead of read into the heap. */
  public static final long MAP_THRESHOLD = 64L * 1024 * 1024;

  private static final ValueLayout.OfInt U32 =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  private final String name;
  private final MemorySegment data;
  private final int records;

  private CdbReader(String name, MemorySegment data) throws CdbFormatException {
    this.name = name;
    this.data = data;
    this.records = validate();
  }

  /** Opens {@code file}; the errors name it as given. */
  public static CdbReader open(Path file) throws IOException {
    return open(file, MAP_THRESHOLD);
  }

  static CdbReader open(Path file, long mapThreshold) throws IOException {
    String name = file.toString();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < HEADER_SIZE) {
        throw new CdbFormatException(name, size, "file is shorter than the " + HEADER_SIZE + "-byte header");
      }
      if (size > mapThreshold) {
        return new CdbReader(name, ch.map(FileChannel.MapMode.READ_ONLY, 0, size, Arena.ofAuto()));
      }
      if (size > Integer.MAX_VALUE - 8) {
        throw new IOException(name + ": too large to read into memory (" + size + " bytes)");
      }
      byte[] bytes = new byte[(int) size];
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        if (ch.read(buf) < 0) {
          throw new CdbFormatException(name, buf.position(), "file shrank while it was read");
        }
      }
      return new CdbReader(name, MemorySegment.ofArray(bytes));
    }
  }

  /** A reader over {@code bytes} (not copied: the caller must not change them); {@code name} labels errors. */
  public static CdbReader of(byte[] bytes, String name) throws CdbFormatException {
    return new CdbReader(name, MemorySegment.ofArray(bytes));
  }

  /** The file name (or label) given when opening. */
  public String name() {
    return name;
  }

  /** The number of records (duplicate keys counted each time). */
  public int size() {
    return records;
  }

  /** The value of the first record whose key is {@code key}, or null. */
  public byte @Nullable [] get(byte[] key) {
    long at = find(key);
    if (at < 0) {
      return null;
    }
    long klen = u32(at);
    long dlen = u32(at + 4);
    return data.asSlice(at + 8 + klen, dlen).toArray(ValueLayout.JAVA_BYTE);
  }

  /** Whether a record has the key {@code key}. */
  public boolean contains(byte[] key) {
    return find(key) >= 0;
  }

  /** {@link #get(byte[])} with key and value as ISO-8859-1 strings. */
  public @Nullable String get(String key) {
    byte[] k = Latin1.bytesOrNull(key);
    byte[] v = k == null ? null : get(k);
    return v == null ? null : Latin1.string(v);
  }

  /** {@link #contains(byte[])} with the key as an ISO-8859-1 string. */
  public boolean contains(String key) {
    byte[] k = Latin1.bytesOrNull(key);
    return k != null && contains(k);
  }

  /** Offset of the first matching record, or -1. Bounds were checked at open. */
  private long find(byte[] key) {
    int h = CdbHash.of(key);
    int table = CdbHash.table(h);
    long tpos = u32(table * 8L);
    long slots = u32(table * 8L + 4);
    if (slots == 0) {
      return -1;
    }
    long slot = CdbHash.firstSlot(h, slots);
    for (long n = 0; n < slots; n++) {
      long entry = tpos + slot * 8;
      long rpos = u32(entry + 4);
      if (rpos == 0) {
        return -1;
      }
      if (data.get(U32, entry) == h && keyEquals(rpos, key)) {
        return rpos;
      }
      if (++slot == slots) {
        slot = 0;
      }
    }
    return -1;
  }

  private boolean keyEquals(long rpos, byte[] key) {
    if (u32(rpos) != key.length) {
      return false;
    }
    long from = rpos + 8;
    return MemorySegment.mismatch(data, from, from + key.length, MemorySegment.ofArray(key), 0, key.length)
        == -1;
  }

  private long u32(long offset) {
    return Integer.toUnsignedLong(data.get(U32, offset));
  }

  /** Checks that every table and every record it points to lies inside the file; returns the record count. */
  private int validate() throws CdbFormatException {
    long size = data.byteSize();
    if (size < HEADER_SIZE) {
      throw new CdbFormatException(name, size, "file is shorter than the " + HEADER_SIZE + "-byte header");
    }
    long count = 0;
    for (int t = 0; t < 256; t++) {
      long tpos = u32(t * 8L);
      long slots = u32(t * 8L + 4);
      if (slots == 0) {
        continue;
      }
      if (tpos < HEADER_SIZE || tpos + slots * 8 > size) {
        throw new CdbFormatException(
            name, t * 8L, "hash table " + t + " (" + slots + " slots at " + tpos + ") is outside the file of "
                + size + " bytes");
      }
      for (long s = 0; s < slots; s++) {
        long entry = tpos + s * 8;
        long rpos = u32(entry + 4);
        if (rpos != 0) {
          checkRecord(entry, rpos, size);
          count++;
        }
      }
    }
    if (count > Integer.MAX_VALUE) {
      throw new CdbFormatException(name, 0, "more than " + Integer.MAX_VALUE + " records");
    }
    return (int) count;
  }

  private void checkRecord(long entry, long rpos, long size) throws CdbFormatException {
    if (rpos < HEADER_SIZE || rpos + 8 > size) {
      throw new CdbFormatException(name, entry + 4, "record position " + rpos + " is outside the file of "
          + size + " bytes");
    }
    long klen = u32(rpos);
    long dlen = u32(rpos + 4);
    if (rpos + 8 + klen + dlen > size) {
      throw new CdbFormatException(name, rpos, "record of key length " + klen + " and value length " + dlen
          + " runs past the end of the file (" + size + " bytes)");
    }
    if (klen > Integer.MAX_VALUE - 8 || dlen > Integer.MAX_VALUE - 8) {
      throw new CdbFormatException(name, rpos, "record longer than " + (Integer.MAX_VALUE - 8) + " bytes");
    }
  }
}
