package org.osprey.transport.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.osprey.transport.crypto.ChannelCipher;
import org.osprey.transport.crypto.CipherMethod;
import org.osprey.transport.keys.AgentKey;

class SecureCodecTest {
  static final AgentKey KEY = AgentKey.of("007", "bond", org.osprey.config.IpRange.parse("10.0.0.7"),
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  static final ChannelCipher CIPHER = new ChannelCipher(KEY.encryptionKeyBytes());

  @ParameterizedTest
  @EnumSource(CipherMethod.class)
  void roundTripsEveryPayloadSize(CipherMethod m) throws Exception {
    for (int size : new int[] {0, 1, 7, 8, 100, 1000, SecureCodec.MAX_PAYLOAD}) {
      byte[] payload = new byte[size];
      for (int i = 0; i < size; i++) {
        payload[i] = (byte) ('a' + (i * 7919) % 26);
      }
      byte[] d = SecureCodec.seal(CIPHER, m, null, new Counter(12, 34), payload, 65535);
      DatagramHeader h = DatagramHeader.parse(d, d.length);
      SecureMessage msg = SecureCodec.open(CIPHER, h.method(), d, h.cipherOffset(), d.length - h.cipherOffset());
      assertThat(msg.payload()).isEqualTo(payload);
      assertThat(msg.counter()).isEqualTo(new Counter(12, 34));
      assertThat(msg.random()).isEqualTo(65535);
    }
  }

  @Test
  void tooLargePayloadIsRefused() {
    assertThatThrownBy(() -> SecureCodec.seal(CIPHER, CipherMethod.AES, null, Counter.ZERO,
        new byte[SecureCodec.MAX_PAYLOAD + 1], 0))
        .isInstanceOfSatisfying(CodecException.class,
            e -> assertThat(e.reason()).isEqualTo(CodecException.Reason.TOO_LARGE));
  }

  @Test
  void aesUsesAFreshIvEachTime() throws Exception {
    byte[] p = "1:x:y".getBytes(StandardCharsets.US_ASCII);
    byte[] a = SecureCodec.seal(CIPHER, CipherMethod.AES, null, Counter.ZERO, p, 1);
    byte[] b = SecureCodec.seal(CIPHER, CipherMethod.AES, null, Counter.ZERO, p, 1);
    assertThat(Arrays.copyOfRange(a, 5, 21)).isNotEqualTo(Arrays.copyOfRange(b, 5, 21));
  }

  @Test
  void replayGuardFollowsTheVerifiedCases() {
    ReplayGuard g = new ReplayGuard(new Counter(5, 11), true);
    assertThat(g.check(new Counter(5, 11))).isEqualTo(ReplayGuard.Verdict.DUPLICATE);
    assertThat(g.check(new Counter(5, 3))).isEqualTo(ReplayGuard.Verdict.DUPLICATE);
    assertThat(g.check(new Counter(4, 9000))).isEqualTo(ReplayGuard.Verdict.OLD);
    assertThat(g.check(new Counter(6, 1))).isEqualTo(ReplayGuard.Verdict.ACCEPT);
    assertThat(g.last()).isEqualTo(new Counter(6, 1));
    ReplayGuard off = new ReplayGuard(new Counter(5, 11), false);
    assertThat(off.check(new Counter(1, 1))).isEqualTo(ReplayGuard.Verdict.ACCEPT);
  }

  @Test
  void counterWrapsAt9997() {
    assertThat(new Counter(3, 9997).next()).isEqualTo(new Counter(4, 1));
    assertThat(new Counter(3, 5).next()).isEqualTo(new Counter(3, 6));
    assertThat(Counter.parseFile("17:42:")).isEqualTo(new Counter(17, 42));
    assertThat(Counter.parseFile("garbage")).isEqualTo(Counter.ZERO);
    assertThat(new Counter(17, 42).fileText()).isEqualTo("17:42:");
  }

  @Test
  void headerRejectsBadIds() {
    for (String s : new String[] {"!!:abc", "!12a!:x", "!1234567890!:abcd", ":", "!001!", "#AES"}) {
      byte[] b = s.getBytes(StandardCharsets.US_ASCII);
      assertThatThrownBy(() -> DatagramHeader.parse(b, b.length)).isInstanceOf(CodecException.class);
    }
  }

  @Test
  void eventsAreRewrittenWithTheKeyIp() throws Exception {
    AgentKey any = AgentKey.of("1024", "web01", org.osprey.config.IpRange.parse("any"), "k");
    var m = AgentEvents.rewrite(any, "1:/var/log/secure:Jan  2 10:11:12 web01 sshd[1]: Accepted");
    assertThat(m.wire()).isEqualTo("1:(web01) any->/var/log/secure:Jan  2 10:11:12 web01 sshd[1]: Accepted");
    AgentKey net = AgentKey.of("3", "lan", org.osprey.config.IpRange.parse("10.0.0.0/8"), "k");
    assertThat(AgentEvents.rewrite(net, "2:x:y").location()).isEqualTo("(lan) 10.0.0.0->x");
    assertThatThrownBy(() -> AgentEvents.rewrite(net, "1x:y")).isInstanceOf(CodecException.class);
    assertThatThrownBy(() -> AgentEvents.rewrite(net, "1:keepalive")).isInstanceOf(CodecException.class);
  }

  @Test
  void sequencedEventsParse() {
    assertThat(Control.sequenced("osprey ev 42 1:loc:text")).isEqualTo(new Control.SequencedEvent(42, "1:loc:text"));
    assertThat(Control.sequenced("osprey ev x 1:loc:text")).isNull();
    assertThat(Control.ackedSeq("osprey ack 99")).isEqualTo(99);
    assertThat(Control.ackedSeq("osprey ack -1")).isEqualTo(-1);
  }
}
