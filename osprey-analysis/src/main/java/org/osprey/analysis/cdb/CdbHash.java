package org.osprey.analysis.cdb;

/**
 * The cdb hash function: {@code h = 5381}, then for every byte {@code c} (unsigned)
 * {@code h = ((h << 5) + h) ^ c}, in 32-bit arithmetic. The low 8 bits choose one of the 256 hash
 * tables; the other 24 bits choose the first slot to probe.
 */
final class CdbHash {
  static final int SEED = 5381;

  private CdbHash() {}

  static int of(byte[] key) {
    int h = SEED;
    for (byte b : key) {
      h = ((h << 5) + h) ^ (b & 0xFF);
    }
    return h;
  }

  /** Index of the hash table ({@code 0..255}) for hash {@code h}. */
  static int table(int h) {
    return h & 0xFF;
  }

  /** First slot to probe in a table of {@code slots} entries (slots > 0). */
  static long firstSlot(int h, long slots) {
    return (Integer.toUnsignedLong(h) >>> 8) % slots;
  }
}
