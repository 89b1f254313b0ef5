package org.osprey.transport.authd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.config.IpRange;
import org.osprey.daemon.DaemonDisabledException;
import org.osprey.install.InstallType;
import org.osprey.log.OssecLog;
import org.osprey.testing.TestCerts;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.ClientKeys;
import org.osprey.transport.keys.KeyRing;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.testing.Host;

/** Our agent-auth against our authd, and OpenSSL's s_client against our authd, over TLS on 127.0.0.1. */
class AuthdTest {
  @TempDir Path dir;
  OssecLog log;
  Path cert;
  Path key;
  KeysFile keys;
  @Nullable AuthdServer server;

  @BeforeEach
  void setUp() throws Exception {
    Files.createDirectories(dir.resolve("etc"));
    log = new OssecLog(dir.resolve("logs/ossec.log"), InstantSource.system(), ZoneId.systemDefault(),
        new PrintStream(PrintStream.nullOutputStream()));
    Path[] pair = TestCerts.selfSigned(dir.resolve("etc"), "sslmanager", "127.0.0.1");
    cert = pair[0];
    key = pair[1];
    keys = KeysFile.of(dir);
  }

  @AfterEach
  void tearDown() {
    if (server != null) {
      server.close();
    }
    log.close();
  }

  AuthdServer start(@Nullable String password, boolean useSourceIp) throws Exception {
    return start(new Tls(cert, key, null, Tls.DEFAULT_CIPHERS), password, useSourceIp, Duration.ofSeconds(30));
  }

  AuthdServer start(Tls tls, @Nullable String password, boolean useSourceIp, Duration timeout) throws Exception {
    AuthdSettings s = new AuthdSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), tls, password,
        useSourceIp, false, timeout, 16);
    server = AuthdServer.start(s, keys, log.daemon(Authd.NAME));
    return server;
  }

  AgentAuth client() {
    return client(new Tls(null, null, null, Tls.DEFAULT_CIPHERS));
  }

  AgentAuth client(Tls tls) {
    return new AgentAuth("127.0.0.1", server.address().getPort(), tls, Duration.ofSeconds(10), line -> {});
  }

  String ossecLog() throws IOException {
    return Files.readString(dir.resolve("logs/ossec.log"));
  }

  @Test
  void theDaemonIsDisabledUnlessAuthEnablesIt() throws Exception {
    try (Host host = new Host(dir.resolve("off"), InstallType.SERVER, "<ossec_config/>")) {
      Authd authd = new Authd();
      assertThatThrownBy(() -> authd.start(host.context(authd)))
          .isInstanceOf(DaemonDisabledException.class)
          .hasMessageContaining("<disabled>no</disabled>");
    }
  }

  @Test
  void anAgentWithoutPasswordGetsTheFirstAuthdIdAndAnAnyKey() throws Exception {
    start(null, false);
    AgentKey k = client().enrol("web1", null);
    assertThat(k.id()).isEqualTo("1024");
    assertThat(k.name()).isEqualTo("web1");
    assertThat(k.address().text()).isEqualTo("any");
    assertThat(k.key()).matches("[0-9a-f]{64}");
    assertThat(Files.readString(keys.path())).isEqualTo(k.line() + "\n");
    assertThat(Files.getPosixFilePermissions(keys.path()).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE, GROUP_READ]");
    assertThat(ossecLog()).contains("ossec-authd: INFO: Agent key generated for web1 (id 1024");
  }

  @Test
  void thePasswordIsRequiredAndAWrongOneGetsNoKey() throws Exception {
    start("s3cret", false);
    assertThat(client().enrol("web1", "s3cret").id()).isEqualTo("1024");
    assertThatThrownBy(() -> client().enrol("web2", "wrong")).isInstanceOf(EnrolmentException.class)
        .hasMessageContaining("without a key");
    assertThatThrownBy(() -> client().enrol("web3", null)).isInstanceOf(EnrolmentException.class);
    assertThat(keys.read().size()).isEqualTo(1);
    assertThat(ossecLog()).contains("ERROR: Invalid password provided by 127.0.0.1");
  }

  @Test
  void aTakenNameGetsANumberAndAnInvalidNameIsRefused() throws Exception {
    start(null, false);
    assertThat(client().enrol("web", null).name()).isEqualTo("web");
    assertThat(client().enrol("web", null).name()).isEqualTo("web2");
    assertThat(client().enrol("web", null).name()).isEqualTo("web3");
    assertThat(keys.read().entries()).extracting(AgentKey::id).containsExactly("1024", "1025", "1026");
    assertThatThrownBy(() -> client().enrol("bad name!", null))
        .hasMessage("the manager refused: Invalid agent name: bad name!");
  }

  @Test
  void withSourceIpTheKeyIsBoundAndASecondEnrolmentFromThatAddressIsRefused() throws Exception {
    start(null, true);
    AgentKey k = client().enrol("db1", null);
    assertThat(k.address().text()).isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> client().enrol("db2", null))
        .hasMessage("the manager refused: Invalid IP address: 1024");
  }

  @Test
  void anAddressInUseIsRefusedEvenWithoutSourceIp() throws Exception {
    keys.add("old", IpRange.parse("127.0.0.1"), null, KeysFile.IdStyle.SEQUENTIAL);
    start(null, false);
    assertThatThrownBy(() -> client().enrol("new", null)).hasMessage("the manager refused: Invalid IP address: 001");
  }

  @Test
  void concurrentAgentsGetDistinctIds() throws Exception {
    start("pw", false);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<AgentKey>> got = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String name = "host" + i;
      got.add(pool.submit(() -> client().enrol(name, "pw")));
    }
    Set<String> ids = ConcurrentHashMap.newKeySet();
    for (Future<AgentKey> f : got) {
      ids.add(f.get(30, TimeUnit.SECONDS).id());
    }
    pool.shutdown();
    assertThat(ids).hasSize(12);
    assertThat(keys.read().size()).isEqualTo(12);
  }

  @Test
  void remotedsKeyRingSeesTheNewKeyWithoutARestart() throws Exception {
    KeyRing ring = new KeyRing(keys, w -> {});
    start(null, false);
    AgentKey k = client().enrol("fresh", null);
    assertThat(ring.reloadIfChanged()).isTrue();
    ClientKeys now = ring.keys();
    assertThat(now.byId(k.id())).isEqualTo(k);
  }

  @Test
  void aSilentClientIsCutOffAtTheTimeout() throws Exception {
    start(new Tls(cert, key, null, Tls.DEFAULT_CIPHERS), null, false, Duration.ofMillis(500));
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      s.setSoTimeout(5000);
      long t0 = System.nanoTime();
      s.getInputStream().readAllBytes(); // At most a TLS alert, then the end.
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
    }
  }

  @Test
  void aMissingCertificateNamesTheFileAndTheOpensslCommand() {
    assertThatThrownBy(() -> Authd.check(dir, new org.osprey.config.AuthConfig(false, 1515, false, true,
        Tls.DEFAULT_CIPHERS, null, false, "etc/none.cert", "etc/none.key")))
        .hasMessageContaining(dir.resolve("etc/none.cert") + " is missing")
        .hasMessageContaining("openssl req -x509 -newkey rsa:2048 -nodes");
  }

  @Test
  void opensslsClientGetsAnOssecKeyLine() throws Exception {
    Assumptions.assumeTrue(TestCerts.hasOpenssl(), "openssl is not installed");
    start("pw", false);
    Process p = new ProcessBuilder("openssl", "s_client", "-connect", "127.0.0.1:" + server.address().getPort(),
        "-tls1_2", "-quiet").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write("OSSEC PASS: pw OSSEC A:'from-openssl'\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String reply = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertThat(reply).matches("OSSEC K:'1024 from-openssl any [0-9a-f]{64}'\n\n");
    assertThat(Enrolment.parseReply(reply).name()).isEqualTo("from-openssl");
  }

  @Test
  void opensslsTraditionalRsaAndEcKeysAndCaVerificationWork() throws Exception {
    Assumptions.assumeTrue(TestCerts.hasOpenssl(), "openssl is not installed");
    Path d = dir.resolve("pki");
    Files.createDirectories(d);
    TestCerts.openssl(d, "req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=test-ca -keyout ca.key -out ca.cert");
    // The manager: a traditional (PKCS#1) RSA key, signed by the CA.
    TestCerts.openssl(d, "genrsa -traditional -out mgr.key 2048");
    TestCerts.openssl(d, "req -new -key mgr.key -subj /CN=127.0.0.1 -out mgr.csr");
    TestCerts.openssl(d, "x509 -req -in mgr.csr -CA ca.cert -CAkey ca.key -CAcreateserial -days 2 -out mgr.cert");
    // The agent: an EC key in SEC1 form (with its EC PARAMETERS block), signed by the CA.
    TestCerts.openssl(d, "ecparam -name prime256v1 -genkey -out agent.key");
    TestCerts.openssl(d, "req -new -key agent.key -subj /CN=agent -out agent.csr");
    TestCerts.openssl(d, "x509 -req -in agent.csr -CA ca.cert -CAkey ca.key -CAcreateserial -days 2 -out agent.cert");
    assertThat(Files.readString(d.resolve("mgr.key"))).contains("BEGIN RSA PRIVATE KEY");
    assertThat(Files.readString(d.resolve("agent.key"))).contains("BEGIN EC PRIVATE KEY");

    start(new Tls(d.resolve("mgr.cert"), d.resolve("mgr.key"), d.resolve("ca.cert"), Tls.DEFAULT_CIPHERS), null,
        false, Duration.ofSeconds(30));
    Tls agent = new Tls(d.resolve("agent.cert"), d.resolve("agent.key"), d.resolve("ca.cert"), Tls.DEFAULT_CIPHERS);
    assertThat(client(agent).enrol("signed", null).name()).isEqualTo("signed");
    // Without a certificate the manager refuses the handshake.
    assertThatThrownBy(() -> client(new Tls(null, null, d.resolve("ca.cert"), Tls.DEFAULT_CIPHERS))
        .enrol("unsigned", null)).isInstanceOf(EnrolmentException.class);
    // A manager certificate the CA did not sign is refused by the agent.
    server.close();
    start(null, false);
    assertThatThrownBy(() -> client(agent).enrol("picky", null)).isInstanceOf(EnrolmentException.class)
        .hasMessageContaining("TLS");
    assertThat(keys.read().entries()).extracting(AgentKey::name).containsExactly("signed");
  }
}
