package org.osprey.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.osprey.transport.authd.AgentAuth;
import org.osprey.transport.authd.AuthdSettings;
import org.osprey.transport.authd.Enrolment;
import org.osprey.transport.authd.EnrolmentException;
import org.osprey.transport.authd.Tls;
import org.osprey.transport.authd.TlsException;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.KeysException;
import org.osprey.transport.keys.KeysFile;

/**
 * {@code osprey agent-auth} ({@code bin/agent-auth}): asks a manager's authd for a key and writes it as
 * this agent's {@code etc/client.keys} (replacing it, mode 0640), as OSSEC's agent-auth does.
 */
final class AgentAuthCommand implements Command {
  static final String USAGE = "usage: osprey agent-auth [--home DIR] -m <manager> [-p port] [-A name]"
      + " [-P password-file] [-v CA] [-x cert -k key] [-c ciphers]\n"
      + "  -m   the manager's address or host name     -p  its authd port (default 1515)\n"
      + "  -A   the agent name (default: this host's name)\n"
      + "  -P   a file whose first line is the manager's password (etc/authd.pass there)\n"
      + "  -v   check the manager's certificate against this CA, and that it names the -m host\n"
      + "  -x, -k  this agent's certificate and key (PEM), for a manager started with -v";

  private static final Set<String> VALUED =
      Set.of("-m", "-p", "-A", "-P", "-v", "-x", "-k", "-c", "-g", "-D", "--home");
  private static final Set<String> SWITCHES = Set.of("-d", "-t", "-h", "--help");

  private final Supplier<String> hostname;

  AgentAuthCommand(Supplier<String> hostname) {
    this.hostname = hostname;
  }

  @Override
  public String summary() {
    return "get this agent's key from the manager's authd (agent-auth)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    ShortFlags f = ShortFlags.parse(args, VALUED, SWITCHES);
    if (f.has("-h") || f.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    String manager = f.require("-m", "(the manager's address); " + USAGE);
    int port = f.port("-p", 1515);
    if (f.has("-x") != f.has("-k")) {
      throw new UsageException("-x and -k go together (the agent's certificate and its key)");
    }
    Path home = Homes.resolve(f.get("--home") != null ? f.get("--home") : f.get("-D"));
    String name = f.get("-A") != null ? f.get("-A") : hostname.get();
    Tls tls = new Tls(file(f.get("-x")), file(f.get("-k")), file(f.get("-v")),
        f.get("-c") != null ? f.get("-c") : Tls.DEFAULT_CIPHERS);
    try {
      String password = f.get("-P") == null ? null : password(Path.of(f.get("-P")));
      if (password == null) {
        out.println("WARN: No authentication password provided. Insecure mode started.");
      } else {
        out.println("INFO: Using specified password.");
      }
      AgentKey key = new AgentAuth(manager, port, tls, AuthdSettings.IO_TIMEOUT, out::println).enrol(name, password);
      KeysFile keys = KeysFile.of(home);
      keys.replaceWith(key);
      out.println("INFO: Valid key created. Finished. Agent " + key.id() + " (" + key.name() + ") written to "
          + keys.path() + "; restart the agent to use it.");
      return 0;
    } catch (EnrolmentException | TlsException | KeysException | IOException e) {
      err.println("ERROR: " + e.getMessage());
      return 1;
    }
  }

  private static @Nullable Path file(@Nullable String p) {
    return p == null ? null : Path.of(p).toAbsolutePath();
  }

  /** The first line of the file, without its line end (OSSEC's client would keep the newline). */
  static String password(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new IOException("cannot open " + file + ": " + e.getMessage(), e);
    }
    String first = Enrolment.passwordLine(text);
    if (first == null) {
      throw new IOException(file + " holds no password on its first line");
    }
    return first;
  }
}
