package org.osprey.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osprey.config.IpRange;
import org.osprey.install.InstallInfo;
import org.osprey.install.InstallType;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.ClientKeys;
import org.osprey.transport.keys.KeysException;
import org.osprey.transport.keys.KeysFile;

/** {@code osprey manage-agents}: OSSEC's manage_agents, driven by flags only. */
final class ManageAgentsCommand implements Command {
  static final String USAGE = "usage: osprey manage-agents [--home DIR] -l | -a <ip|any|cidr> -n <name>"
      + " | -r <id> | -e <id> | -i <base64 key> | -f <file of ip,name lines | ->";

  private static final Set<String> VALUED = Set.of("-a", "-n", "-r", "-e", "-i", "-f", "--home");
  private static final Set<String> SWITCHES = Set.of("-l", "-h", "--help");

  @Override
  public String summary() {
    return "add, remove, list, extract and import agent keys (manage_agents)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    ShortFlags f = ShortFlags.parse(args, VALUED, SWITCHES);
    if (f.has("-h") || f.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    Path home = Homes.resolve(f.get("--home"));
    KeysFile keys = KeysFile.of(home);
    try {
      if (f.has("-l")) {
        list(keys.read(), out);
      } else if (f.has("-a") || f.has("-n")) {
        add(keys, f.require("-a", "with -n"), f.require("-n", "with -a"), out);
      } else if (f.has("-r")) {
        AgentKey removed = keys.remove(f.require("-r", ""), home);
        out.println("Agent '" + removed.id() + "' (" + removed.name() + ") removed.");
      } else if (f.has("-e")) {
        out.println(KeyExport.encode(find(keys.read(), f.require("-e", ""))));
      } else if (f.has("-i")) {
        importKey(home, keys, KeyExport.decode(f.require("-i", "")), out);
      } else if (f.has("-f")) {
        return bulk(keys, f.require("-f", ""), in, out, err);
      } else {
        throw new UsageException("nothing to do; " + USAGE);
      }
    } catch (KeysException e) {
      err.println("osprey manage-agents: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  /** The list as manage_agents -l prints it. */
  static void list(ClientKeys keys, PrintStream out) {
    if (keys.size() == 0) {
      out.println("** No agent available.");
      return;
    }
    out.println("Available agents: ");
    for (AgentKey k : keys.entries()) {
      out.println("   ID: " + k.id() + ", Name: " + k.name() + ", IP: " + k.address().text());
    }
  }

  private static AgentKey add(KeysFile keys, String ip, String name, PrintStream out) throws KeysException {
    IpRange range = IpRange.parse(ip);
    if (range == null || range.negated()) {
      throw new KeysException("invalid IP '" + ip + "' (an address, a network like 10.0.0.0/8, or any)");
    }
    AgentKey k = keys.addUnique(name, range, KeysFile.IdStyle.SEQUENTIAL);
    out.println("Agent added with ID " + k.id() + ": Name: " + k.name() + ", IP: " + k.address().text());
    return k;
  }

  static AgentKey find(ClientKeys keys, String id) throws KeysException {
    AgentKey k = keys.byId(id);
    if (k == null) {
      throw new KeysException("no agent with id " + id);
    }
    return k;
  }

  /** On an agent the key replaces client.keys, as agent-auth does; on a manager it is added. */
  private static void importKey(Path home, KeysFile keys, AgentKey key, PrintStream out)
      throws KeysException, IOException {
    Optional<InstallInfo> info = InstallInfo.read(home);
    if (info.isPresent() && info.get().type() == InstallType.AGENT) {
      keys.replaceWith(key);
      out.println("Key of agent " + key.id() + " (" + key.name() + ") written to " + keys.path()
          + "; restart the agent to use it.");
    } else {
      keys.importKey(key);
      out.println("Agent " + key.id() + " (" + key.name() + ") imported.");
    }
  }

  private static int bulk(KeysFile keys, String file, InputStream in, PrintStream out, PrintStream err)
      throws IOException {
    int failed = 0;
    try (Reader r = file.equals("-") ? new InputStreamReader(in, StandardCharsets.UTF_8)
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        BufferedReader lines = new BufferedReader(r)) {
      int no = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        no++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        int comma = t.indexOf(',');
        try {
          if (comma < 0) {
            throw new KeysException("expected '<ip>,<name>'");
          }
          add(keys, t.substring(0, comma).strip(), t.substring(comma + 1).strip(), out);
        } catch (KeysException e) {
          failed++;
          err.println("osprey manage-agents: " + file + ":" + no + ": " + e.getMessage());
        }
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
