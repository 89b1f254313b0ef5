package org.osprey.transport.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.osprey.transport.crypto.ChannelCipher;
import org.osprey.transport.crypto.CipherMethod;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.ClientKeys;

/** The test vectors of spec §2.3 and §3.10, produced by OSSEC's own C code. */
public class SpecVectorsTest {
  static final String KEYS = """
      001 agent1 192.168.1.10 2a1b5e8b1c04d8f0b6e1c7a3f2d9e4b5c6a7d8e9f0a1b2c3d4e5f60718293a4b
      002 agent2 any 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddccbbaa99887766554433221100
      """;
  public static final String BF_DATAGRAM = "3a4714afe38bd6ae2f8dfb32d365931f0bc0b0332c62af384ecc5f7a661dfb2997fb43c354ee4f"
      + "5213e4bd7f2ff6245a4b6df20639be34c78411969621cf32f1d6";
  public static final String AES_DATAGRAM = "234145533adcabcabd5212405db9b2937f8cd6c511aeff35607baa482da16976a0416761aba6e7"
      + "38dca502bbdc124bec9b42f70d758202b79404d6352b7aa4b25a702be08ef8051332eaa75773036da87adedec83c9f6a8cea879a5de"
      + "1ad3545d4d6a90b60";

  static ClientKeys keys() throws Exception {
    return ClientKeys.parse(KEYS.getBytes(StandardCharsets.US_ASCII), "client.keys");
  }

  @Test
  void encryptionKeysMatchTheCCode() throws Exception {
    ClientKeys k = keys();
    assertThat(k.byId("001").encryptionKey()).isEqualTo("8e72e92db7a996068aa29034127100aefda4af11475abae");
    assertThat(k.byId("002").encryptionKey()).isEqualTo("6b6e1d4df54db373f759c1ffd6485f12aacc572d8afb6ed");
  }

  @Test
  void blowfishVectorDecrypts() throws Exception {
    byte[] d = HexFormat.of().parseHex(BF_DATAGRAM);
    assertThat(d).hasSize(65);
    DatagramHeader h = DatagramHeader.parse(d, d.length);
    assertThat(h.method()).isEqualTo(CipherMethod.BLOWFISH);
    assertThat(h.agentId()).isNull();
    AgentKey key = keys().lookup(null, InetAddress.getByName("192.168.1.10"));
    assertThat(key).isNotNull();
    SecureMessage m = SecureCodec.open(new ChannelCipher(key.encryptionKeyBytes()), h.method(), d,
        h.cipherOffset(), d.length - h.cipherOffset());
    assertThat(m.random()).isEqualTo(54754);
    assertThat(m.counter()).isEqualTo(new Counter(0, 9));
    assertThat(m.text()).isEqualTo("1:test:hello");
  }

  @Test
  void aesVectorDecrypts() throws Exception {
    byte[] d = HexFormat.of().parseHex(AES_DATAGRAM);
    DatagramHeader h = DatagramHeader.parse(d, d.length);
    assertThat(h.method()).isEqualTo(CipherMethod.AES);
    AgentKey key = keys().byId("001");
    SecureMessage m = SecureCodec.open(new ChannelCipher(key.encryptionKeyBytes()), h.method(), d,
        h.cipherOffset(), d.length - h.cipherOffset());
    assertThat(m.random()).isEqualTo(62207);
    assertThat(m.counter()).isEqualTo(new Counter(0, 10));
    assertThat(m.text()).isEqualTo("1:test:hello");
  }

  @Test
  void wrongKeyIsRefusedAsDecryptFailure() throws Exception {
    byte[] d = HexFormat.of().parseHex(BF_DATAGRAM);
    AgentKey other = keys().byId("002");
    assertThatThrownBy(() -> SecureCodec.open(new ChannelCipher(other.encryptionKeyBytes()), CipherMethod.BLOWFISH,
        d, 1, d.length - 1))
        .isInstanceOfSatisfying(CodecException.class,
            e -> assertThat(e.reason()).isIn(CodecException.Reason.DECRYPT, CodecException.Reason.COMPRESSION,
                CodecException.Reason.CHECKSUM));
  }

  @Test
  void agentWithAnyKeyPrefixesItsId() throws Exception {
    AgentKey any = keys().byId("002");
    assertThat(any.singleHost()).isFalse();
    byte[] d = SecureCodec.seal(new ChannelCipher(any.encryptionKeyBytes()), CipherMethod.BLOWFISH, any.id(),
        new Counter(0, 1), "1:test:hello".getBytes(StandardCharsets.US_ASCII), 1);
    assertThat(HexFormat.of().formatHex(d, 0, 6)).isEqualTo("2130303221" + "3a");
    DatagramHeader h = DatagramHeader.parse(d, d.length);
    assertThat(h.agentId()).isEqualTo("002");
    assertThat(keys().lookup("002", InetAddress.getByName("10.9.8.7"))).isEqualTo(any);
  }

  @Test
  void sealedDatagramsHaveTheBlowfishLengthOfTheVector() throws Exception {
    // Same plaintext layout as the vector: compressing the same inner text gives the same length.
    AgentKey key = keys().byId("001");
    byte[] d = SecureCodec.seal(new ChannelCipher(key.encryptionKeyBytes()), CipherMethod.BLOWFISH, null,
        new Counter(0, 9), "1:test:hello".getBytes(StandardCharsets.US_ASCII), 54754);
    assertThat(HexFormat.of().formatHex(d)).isEqualTo(BF_DATAGRAM);
  }
}
