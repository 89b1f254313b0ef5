package org.osprey.transport.authd;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.jspecify.annotations.Nullable;

/**
 * The TLS side of enrolment, as OSSEC's {@code os_ssl_keys} sets it up: TLS 1.2 only, the cipher list in
 * OpenSSL syntax, an optional own certificate and key (PEM), and an optional CA that the peer's certificate
 * must chain to (without one, the peer is not checked, as in OSSEC).
 *
 * @param certificate own certificate (PEM), or null (an agent without {@code -x})
 * @param key own private key (PEM), or null
 * @param ca the CA the peer must be signed by (PEM), or null
 * @param ciphers the cipher list, OpenSSL syntax
 */
public record Tls(@Nullable Path certificate, @Nullable Path key, @Nullable Path ca, String ciphers) {
  /** The only protocol OSSEC's authd and agent-auth speak. */
  public static final String PROTOCOL = "TLSv1.2";

  /** ossec-authd's and agent-auth's default cipher list. */
  public static final String DEFAULT_CIPHERS = "EECDH+AESGCM:EDH+AESGCM:EECDH+AES256:EDH+AES256:"
      + "EECDH+AES128:EDH+AES128:HIGH:!kRSA:!ADH:!EXP:!MD5:!RC4:!3DES:!CAMELLIA:@STRENGTH";

  public Tls {
    if ((certificate == null) != (key == null)) {
      throw new IllegalArgumentException("a certificate needs its key and a key its certificate");
    }
  }

  /** The command that makes a self-signed pair OSSEC-style, for error messages. */
  public static String opensslHint(Path cert, Path key) {
    return "openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=osprey-manager -keyout " + key
        + " -out " + cert + " && chmod 0640 " + key;
  }

  /** An SSLContext with this certificate, key and CA. */
  public SSLContext context() throws TlsException {
    try {
      KeyManager[] keyManagers = null;
      if (certificate != null && key != null) {
        List<X509Certificate> chain = PemFiles.certificates(certificate);
        PrivateKey pk = PemFiles.privateKey(key);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        char[] pw = new char[0];
        ks.setKeyEntry("osprey", pk, pw, chain.toArray(X509Certificate[]::new));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, pw);
        keyManagers = kmf.getKeyManagers();
      }
      TrustManager[] trust = new TrustManager[] {ACCEPT_ANY};
      if (ca != null) {
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        int i = 0;
        for (X509Certificate c : PemFiles.certificates(ca)) {
          ts.setCertificateEntry("ca" + i++, c);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
        trust = tmf.getTrustManagers();
      }
      SSLContext ctx = SSLContext.getInstance(PROTOCOL);
      ctx.init(keyManagers, trust, null);
      return ctx;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new TlsException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /**
   * TLS 1.2 only, this cipher list in its order (the server's order wins); a server with a CA requires a
   * client certificate.
   */
  public SSLParameters parameters(SSLContext ctx, boolean server) throws TlsException {
    List<String> suites = CipherList.select(ciphers, Arrays.asList(ctx.getSupportedSSLParameters().getCipherSuites()));
    SSLParameters use = ctx.getDefaultSSLParameters();
    use.setProtocols(new String[] {PROTOCOL});
    use.setCipherSuites(suites.toArray(String[]::new));
    use.setUseCipherSuitesOrder(true);
    if (server && ca != null) {
      use.setNeedClientAuth(true);
    }
    return use;
  }

  /**
   * Whether {@code cert} names {@code host} (OSSEC's {@code check_x509_cert}): a DNS or IP subject
   * alternative name equal to it (a DNS name may start with {@code *.} for one label), else the common name.
   */
  public static boolean names(X509Certificate cert, String host) {
    String h = host.toLowerCase(Locale.ROOT);
    try {
      Collection<List<?>> alt = cert.getSubjectAlternativeNames();
      if (alt != null) {
        boolean any = false;
        for (List<?> entry : alt) {
          int type = (Integer) entry.get(0);
          if (type == 2 || type == 7) {
            any = true;
            if (matches(String.valueOf(entry.get(1)), h)) {
              return true;
            }
          }
        }
        if (any) {
          return false;
        }
      }
    } catch (CertificateParsingException e) {
      return false;
    }
    try {
      for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN") && matches(String.valueOf(rdn.getValue()), h)) {
          return true;
        }
      }
    } catch (InvalidNameException e) {
      return false;
    }
    return false;
  }

  private static boolean matches(String pattern, String host) {
    String p = pattern.toLowerCase(Locale.ROOT);
    if (p.equals(host) || sameAddress(p, host)) {
      return true;
    }
    if (p.startsWith("*.")) {
      int dot = host.indexOf('.');
      return dot > 0 && host.substring(dot).equals(p.substring(1));
    }
    return false;
  }

  private static boolean sameAddress(String a, String b) {
    if (!looksNumeric(a) || !looksNumeric(b)) {
      return false;
    }
    try {
      return InetAddress.getByName(a).equals(InetAddress.getByName(b));
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static boolean looksNumeric(String s) {
    return s.indexOf(':') >= 0 || s.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
  }

  /** Whether both files exist. */
  public boolean filesPresent() {
    return certificate != null && key != null && Files.isRegularFile(certificate) && Files.isRegularFile(key);
  }

  /** OSSEC without {@code -v}: the peer's certificate is not checked. */
  private static final X509TrustManager ACCEPT_ANY = new X509TrustManager() {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  };
}
