package org.osprey.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Certificates for tests (authd, agent-auth): self-signed with the JDK's keytool (always there), or made by openssl. */
public final class TestCerts {
  private TestCerts() {}

  /** A self-signed RSA pair {@code <dir>/<name>.cert} / {@code .key} (PKCS#8) for CN {@code cn}. */
  public static Path[] selfSigned(Path dir, String name, String cn) throws Exception {
    Path p12 = dir.resolve(name + ".p12");
    run(dir, Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-keyalg",
        "RSA", "-keysize", "2048", "-alias", "k", "-dname", "CN=" + cn, "-ext", "SAN=IP:127.0.0.1",
        "-validity", "30", "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "changeit");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(p12.toFile())) {
      ks.load(in, "changeit".toCharArray());
    }
    Path cert = dir.resolve(name + ".cert");
    Path key = dir.resolve(name + ".key");
    Files.writeString(cert, pem("CERTIFICATE", ks.getCertificate("k").getEncoded()));
    Files.writeString(key, pem("PRIVATE KEY", ((PrivateKey) ks.getKey("k", "changeit".toCharArray())).getEncoded()));
    return new Path[] {cert, key};
  }

  public static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  public static boolean hasOpenssl() {
    try {
      return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Runs a command in {@code dir}; it must succeed. Returns its output. */
  public static String run(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
    return out;
  }

  /** openssl with the arguments split at spaces. */
  public static String openssl(Path dir, String args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add("openssl");
    cmd.addAll(List.of(args.split(" ")));
    return run(dir, cmd.toArray(String[]::new));
  }
}
