package org.osprey.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.osprey.config.AuthConfig;
import org.osprey.config.ConfigException;
import org.osprey.config.InternalOptions;
import org.osprey.config.OssecConfig;
import org.osprey.log.FileFollower;
import org.osprey.log.OssecLog;
import org.osprey.transport.authd.Authd;
import org.osprey.transport.authd.AuthdServer;

/**
 * {@code osprey authd} ({@code bin/ossec-authd}): runs agent enrolment in the foreground with OSSEC's
 * flags, which override {@code <auth>} of ossec.conf, and shows its ossec.log lines until stopped.
 */
final class AuthdCommand implements Command {
  static final String USAGE = "usage: osprey authd [--home DIR] [-p port] [-n] [-i] [-c ciphers] [-v CA]"
      + " [-x cert] [-k key] [-t] [-f]\n"
      + "  -p port   TLS port (default 1515)          -n  no shared password (not recommended)\n"
      + "  -i        bind new keys to the agent's source IP\n"
      + "  -c list   OpenSSL cipher list               -v CA  require agent certificates signed by CA\n"
      + "  -x / -k   server certificate / key (PEM; default etc/sslmanager.cert and etc/sslmanager.key)\n"
      + "  -t        check the settings, certificate and key, then exit\n"
      + "  -f, -d, -g group: accepted for OSSEC compatibility (always foreground)\n"
      + "The password is the first line of etc/authd.pass, or a random one logged at start.";

  private static final Set<String> VALUED = Set.of("-p", "-c", "-v", "-x", "-k", "-g", "-D", "--home");
  private static final Set<String> SWITCHES = Set.of("-n", "-i", "-t", "-f", "-d", "-h", "--help");

  private final CountDownLatch stopRequest;

  /** @param stopRequest counted down to stop from within (tests); a signal stops it in normal use */
  AuthdCommand(CountDownLatch stopRequest) {
    this.stopRequest = stopRequest;
  }

  @Override
  public String summary() {
    return "enrol agents over TLS in the foreground (ossec-authd)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    ShortFlags f = ShortFlags.parse(args, VALUED, SWITCHES);
    if (f.has("-h") || f.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    Path home = Homes.resolve(f.get("--home") != null ? f.get("--home") : f.get("-D"));
    Path conf = home.resolve("etc/ossec.conf");
    AuthConfig auth;
    InternalOptions options;
    try {
      auth = overrides(Files.exists(conf) ? OssecConfig.load(conf).auth() : OssecConfig.defaults().auth(), f);
      options = Files.exists(home.resolve("etc").resolve(InternalOptions.FILE))
          ? InternalOptions.load(home.resolve("etc")) : InternalOptions.defaults();
    } catch (ConfigException e) {
      e.problems().forEach(p -> err.println(p));
      return 1;
    }
    try (OssecLog log = OssecLog.open(home, InstantSource.system())) {
      FileFollower lines = new FileFollower(log.file(), true);
      if (f.has("-t")) {
        Authd.check(home, auth);
        out.write(lines.poll());
        out.println("ossec-authd: configuration, certificate and key are usable.");
        return 0;
      }
      Thread hook = Thread.ofPlatform().unstarted(stopRequest::countDown);
      Runtime.getRuntime().addShutdownHook(hook);
      try (AuthdServer server = Authd.launch(home, auth, options, log.daemon(Authd.NAME))) {
        do {
          out.write(lines.poll());
          out.flush();
        } while (!stopRequest.await(250, TimeUnit.MILLISECONDS));
        server.close();
        out.write(lines.poll());
        out.println("ossec-authd stopped (" + server.enrolled.sum() + " agents enrolled).");
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // Shutting down already.
        }
      }
    } catch (IllegalStateException e) {
      err.println("ossec-authd: ERROR: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  /** OSSEC's flags on top of {@code <auth>}; paths on the command line are taken from the working directory. */
  static AuthConfig overrides(AuthConfig c, ShortFlags f) throws UsageException {
    int port = f.port("-p", c.port());
    return new AuthConfig(false, port, c.useSourceIp() || f.has("-i"), c.usePassword() && !f.has("-n"),
        f.get("-c") != null ? f.get("-c") : c.ciphers(), path(f.get("-v"), c.sslAgentCa()), c.sslVerifyHost(),
        path(f.get("-x"), c.sslManagerCert()), path(f.get("-k"), c.sslManagerKey()));
  }

  private static @Nullable String path(@Nullable String flag, @Nullable String configured) {
    return flag == null ? configured : Path.of(flag).toAbsolutePath().toString();
  }
}
