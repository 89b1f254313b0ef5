package org.osprey.analysis.cdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CdbHashTest {

  @Test
  void emptyKeyHashesToTheSeed() {
    assertThat(CdbHash.of(new byte[0])).isEqualTo(5381);
  }

  @Test
  void oneByteIsSeedTimes33XorByte() {
    // 5381 * 33 = 177573; 177573 ^ 'a'(97) = 177604
    assertThat(CdbHash.of(new byte[] {'a'})).isEqualTo(177604);
  }

  @Test
  void bytesAreUnsignedAndArithmeticWrapsAt32Bits() {
    // Computed independently in 64-bit arithmetic, masked to 32 bits.
    byte[] key = "\u00ff\u00fe root 10.1.2.3 a long key to overflow".getBytes(StandardCharsets.ISO_8859_1);
    long h = 5381;
    for (byte b : key) {
      h = (((h << 5) + h) ^ (b & 0xFF)) & 0xFFFF_FFFFL;
    }
    assertThat(Integer.toUnsignedLong(CdbHash.of(key))).isEqualTo(h);
  }

  @Test
  void tableAndFirstSlotSplitTheHash() {
    int h = 0xABCDEF12;
    assertThat(CdbHash.table(h)).isEqualTo(0x12);
    assertThat(CdbHash.firstSlot(h, 10)).isEqualTo(0xABCDEFL % 10);
  }
}
