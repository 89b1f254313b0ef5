package org.osprey.transport.authd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class CipherListTest {
  static final List<String> JDK = jdk();

  static List<String> jdk() {
    try {
      SSLContext ctx = SSLContext.getInstance("TLSv1.2");
      ctx.init(null, null, null);
      return Arrays.asList(ctx.getSupportedSSLParameters().getCipherSuites());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void ossecsDefaultListPrefersForwardSecrecyAndAeadAndDropsRsaKeyExchange() throws Exception {
    List<String> s = CipherList.select(Tls.DEFAULT_CIPHERS, JDK);
    assertThat(s.getFirst()).matches("TLS_ECDHE_(ECDSA|RSA)_WITH_AES_256_GCM_SHA384");
    assertThat(s).contains("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    assertThat(s).noneMatch(n -> n.startsWith("TLS_RSA_") || n.contains("anon") || n.contains("3DES")
        || n.contains("RC4") || n.contains("NULL") || n.startsWith("TLS_AES_"));
    assertThat(s.indexOf("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"))
        .isGreaterThan(s.indexOf("TLS_DHE_RSA_WITH_AES_256_CBC_SHA256"));
  }

  @Test
  void operatorsRemoveMoveAndNameSuitesDirectly() throws Exception {
    assertThat(CipherList.select("ECDHE+AESGCM:-ECDSA", JDK)).allMatch(n -> n.startsWith("TLS_ECDHE_RSA_"));
    List<String> moved = CipherList.select("ECDHE+AESGCM:+AES256", JDK);
    assertThat(moved.getLast()).contains("AES_256");
    assertThat(CipherList.select("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", JDK))
        .containsExactly("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
    assertThat(CipherList.select("!ECDHE:ECDHE+AES:DHE+AESGCM", JDK)).noneMatch(n -> n.contains("ECDHE"));
    assertThatThrownBy(() -> CipherList.select("NOTHING:EXP", JDK)).isInstanceOf(TlsException.class);
  }
}
