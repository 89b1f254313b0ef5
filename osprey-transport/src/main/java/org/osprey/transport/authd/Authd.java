package org.osprey.transport.authd;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.osprey.config.AuthConfig;
import org.osprey.config.ConfigException;
import org.osprey.config.InternalOptions;
import org.osprey.config.OssecConfig;
import org.osprey.daemon.Daemon;
import org.osprey.daemon.DaemonContext;
import org.osprey.daemon.DaemonDisabledException;
import org.osprey.log.DaemonLog;
import org.osprey.transport.keys.KeysFile;

/**
 * ossec-authd: agent enrolment over TLS on 1515 (spec §10), configured by {@code <auth>} in ossec.conf.
 * OSSEC's ossec-control never starts it; Osprey's supervisor runs it on a server when
 * {@code <auth><disabled>no</disabled>}, and {@code bin/ossec-authd} runs it by hand with OSSEC's flags.
 */
public final class Authd implements Daemon {
  public static final String NAME = "ossec-authd";

  /** The password file, relative to the home. */
  public static final String PASSWORD_FILE = "etc/authd.pass";

  private static final SecureRandom RANDOM = new SecureRandom();

  private @Nullable AuthdServer server;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start(DaemonContext ctx) throws Exception {
    DaemonLog log = ctx.log();
    Path home = ctx.home();
    AuthConfig auth = ctx.config(h -> OssecConfig.load(h.resolve("etc/ossec.conf"))).auth();
    InternalOptions options = ctx.config(h -> InternalOptions.load(h.resolve("etc")));
    if (auth.disabled()) {
      throw new DaemonDisabledException("<auth> does not enable it (set <disabled>no</disabled> to run it)");
    }
    AuthdServer s = launch(home, auth, options, log);
    this.server = s;
    ctx.counters().publish("enrolled", s.enrolled::sum);
    ctx.counters().publish("refused", s.refused::sum);
  }

  /**
   * Sets up and starts the listener for {@code auth} (the daemon and {@code bin/ossec-authd} alike),
   * logging the password in use as OSSEC does.
   *
   * @throws IllegalStateException naming the missing file and how to make it, or what is wrong with it
   */
  public static AuthdServer launch(Path home, AuthConfig auth, InternalOptions options, DaemonLog log)
      throws IOException {
    AuthdSettings settings = settings(home, auth, options, log);
    try {
      AuthdServer s = AuthdServer.start(settings, KeysFile.of(home), log);
      log.info("Listening for agent enrolment (TLS 1.2) on " + s.address().getAddress().getHostAddress() + ":"
          + s.address().getPort() + ".");
      return s;
    } catch (TlsException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Checks what {@link #launch} would use, without listening ({@code ossec-authd -t}).
   *
   * @throws IllegalStateException saying what is missing or wrong
   */
  public static void check(Path home, AuthConfig auth) {
    Tls tls = tls(home, auth);
    try {
      tls.parameters(tls.context(), true);
    } catch (TlsException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static Tls tls(Path home, AuthConfig auth) {
    Path cert = home.resolve(auth.sslManagerCert());
    Path key = home.resolve(auth.sslManagerKey());
    for (Path p : new Path[] {cert, key}) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException(p + " is missing: authd needs the manager's TLS certificate and key."
            + " Create a self-signed pair with: " + Tls.opensslHint(cert, key));
      }
    }
    Path ca = auth.sslAgentCa() == null ? null : home.resolve(auth.sslAgentCa());
    return new Tls(cert, key, ca, auth.ciphers());
  }

  static AuthdSettings settings(Path home, AuthConfig auth, InternalOptions options, DaemonLog log)
      throws IOException {
    Tls tls = tls(home, auth);
    String password = auth.usePassword() ? password(home, log) : null;
    if (password == null) {
      log.info("Accepting connections. No password required (not recommended).");
    }
    int max = option(options, "max_connections", 1, 512, 64);
    return new AuthdSettings(new InetSocketAddress(auth.port()), tls, password, auth.useSourceIp(),
        auth.sslVerifyHost(), AuthdSettings.IO_TIMEOUT, max);
  }

  /** The first line of {@code etc/authd.pass}; or, without one, a random 32-hex password, logged. */
  static String password(Path home, DaemonLog log) throws IOException {
    Path file = home.resolve(PASSWORD_FILE);
    try {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      String first = Enrolment.passwordLine(text);
      if (first != null) {
        log.info("Accepting connections. Using password specified on file: " + file);
        return first;
      }
    } catch (NoSuchFileException e) {
      // A random one, as OSSEC does.
    }
    byte[] r = new byte[16];
    RANDOM.nextBytes(r);
    String random = HexFormat.of().formatHex(r);
    log.info("Accepting connections. Random password chosen for agent authentication: " + random);
    return random;
  }

  private static int option(InternalOptions o, String name, int min, int max, int fallback) {
    try {
      return o.getInt("authd", name, min, max);
    } catch (ConfigException e) {
      return fallback;
    }
  }

  /** The listener, or null before start or when disabled. */
  public @Nullable AuthdServer server() {
    return server;
  }

  @Override
  public void stop() {
    AuthdServer s = server;
    if (s != null) {
      s.close();
    }
  }
}
