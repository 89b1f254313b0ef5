package org.osprey.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.osprey.queue.QueueName;
import org.osprey.transport.codec.Control;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.ClientKeys;
import org.osprey.transport.keys.KeysException;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.remoted.ArRequest;

/** {@code osprey agent-control}: OSSEC's agent_control (list, info, restart, run an active response). */
final class AgentControlCommand implements Command {
  static final String USAGE = "usage: osprey agent-control [--home DIR] [-s] -l | -lc | -i <id> | -R <id>"
      + " | -r -u <id> | -r -a | -b <ip> -f <ar-name> (-u <id> | -a)\n"
      + "  -l / -lc   list all / active agents          -i <id>  an agent's details\n"
      + "  -R <id>    restart the agent                 -r       run syscheck and rootcheck now (-u one, -a all)\n"
      + "  -b -f      run an active response with the IP -b on one agent (-u) or all (-a)\n"
      + "  -s         comma-separated output, as agent_control -s";

  /** The restart command agentd hands to execd (spec §8.4). */
  static final String RESTART = "restart-ossec0";

  private static final Set<String> VALUED = Set.of("-i", "-R", "-b", "-f", "-u", "--home");
  private static final Set<String> SWITCHES = Set.of("-l", "-c", "-r", "-a", "-s", "-h", "--help");
  private static final String GROUPED = "lcras";
  private static final DateTimeFormatter CTIME =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);

  private final InstantSource clock;
  private final ZoneId zone;
  private final Supplier<String> hostname;
  private final Function<Path, QueueSender> senders;

  /**
   * @param hostname the manager's name, shown for agent 000
   * @param senders the sender to the queues of an install home
   */
  AgentControlCommand(InstantSource clock, ZoneId zone, Supplier<String> hostname, Function<Path, QueueSender> senders) {
    this.clock = clock;
    this.zone = zone;
    this.hostname = hostname;
    this.senders = senders;
  }

  /** The command as {@code osprey agent-control} runs it: system clock and zone, this host, queue sockets. */
  static AgentControlCommand system() {
    return new AgentControlCommand(InstantSource.system(), ZoneId.systemDefault(),
        AgentControlCommand::localHostname, UnixQueueSender::new);
  }

  /** The host name, as OSSEC's gethostname shows it. */
  static String localHostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  @Override
  public String summary() {
    return "list agents and their status, restart them, run active responses (agent_control)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    ShortFlags f = ShortFlags.parse(ungroup(args), VALUED, SWITCHES);
    if (f.has("-h") || f.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    Path home = Homes.resolve(f.get("--home"));
    try {
      ClientKeys keys = KeysFile.of(home).read();
      boolean csv = f.has("-s");
      if (f.has("-l")) {
        list(home, keys, f.has("-c"), csv, out);
      } else if (f.has("-i")) {
        info(home, keys, f.require("-i", ""), csv, out);
      } else if (f.has("-R")) {
        AgentKey k = agent(keys, f.require("-R", ""));
        send(home, arLine(k.id(), RESTART + " - null"));
        out.println("OSSEC HIDS agent_control: Restarting agent: " + k.id());
      } else if (f.has("-r")) {
        runChecks(home, keys, f, out);
      } else if (f.has("-b") || f.has("-f")) {
        String ip = word(f.require("-b", "with -f"), "-b");
        String ar = word(f.require("-f", "with -b"), "-f");
        if (f.has("-a")) {
          send(home, arLine(null, ar + " - " + ip));
          out.println("OSSEC HIDS agent_control: Running active response '" + ar + "' on all agents");
        } else {
          AgentKey k = agent(keys, f.require("-u", "(or -a) with -b and -f"));
          send(home, arLine(k.id(), ar + " - " + ip));
          out.println("OSSEC HIDS agent_control: Running active response '" + ar + "' on: " + k.id());
        }
      } else {
        throw new UsageException("nothing to do; " + USAGE);
      }
    } catch (KeysException e) {
      err.println("osprey agent-control: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  /** {@code -lcs} written as one word, as getopt takes it, becomes {@code -l -c -s}. */
  static List<String> ungroup(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      if (a.length() > 2 && a.charAt(0) == '-' && a.charAt(1) != '-'
          && a.substring(1).chars().allMatch(c -> GROUPED.indexOf(c) >= 0)) {
        a.substring(1).chars().forEach(c -> out.add("-" + (char) c));
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private void list(Path home, ClientKeys keys, boolean activeOnly, boolean csv, PrintStream out) throws Exception {
    Instant now = clock.instant();
    if (csv) {
      out.println("000," + hostname.get() + " (server),127.0.0.1,Active/Local,");
    } else {
      out.println("OSSEC HIDS agent_control. List of available agents:");
      out.println("   ID: 000, Name: " + hostname.get() + " (server), IP: 127.0.0.1, Active/Local");
    }
    for (AgentKey k : keys.entries()) {
      AgentStatus.State state = AgentStatus.read(home, k).state(now);
      if (activeOnly && state != AgentStatus.State.ACTIVE) {
        continue;
      }
      if (csv) {
        out.println(k.id() + "," + k.name() + "," + k.address().text() + "," + state.text + ",");
      } else {
        out.println("   ID: " + k.id() + ", Name: " + k.name() + ", IP: " + k.address().text() + ", " + state.text);
      }
    }
    out.println();
  }

  /** {@code -r}: syscheck and rootcheck scan now, on one agent, all agents, or (000) this manager. */
  private void runChecks(Path home, ClientKeys keys, ShortFlags f, PrintStream out) throws Exception {
    if (f.has("-a")) {
      send(home, "(msg_to_agent) [] A!N (null) " + Control.SYSCHECK_RESTART);
      out.println("OSSEC HIDS agent_control: Restarting Syscheck/Rootcheck on all agents.");
      return;
    }
    String id = f.require("-u", "(or -a) with -r");
    if (id.equals("000")) {
      Path run = home.resolve("var/run/.syscheck_run");
      Files.createDirectories(run.getParent());
      Files.writeString(run, run + "\n");
      out.println("OSSEC HIDS agent_control: Restarting Syscheck/Rootcheck locally.");
      return;
    }
    AgentKey k = ManageAgentsCommand.find(keys, id);
    send(home, "(msg_to_agent) [] N!S " + k.id() + " " + Control.SYSCHECK_RESTART);
    out.println("OSSEC HIDS agent_control: Restarting Syscheck/Rootcheck on agent: " + k.id());
  }

  private void info(Path home, ClientKeys keys, String id, boolean csv, PrintStream out) throws Exception {
    if (id.equals("000")) {
      if (csv) {
        out.println("000," + hostname.get() + ",127.0.0.1,Active/Local,Unknown,Unknown,Unknown,Unknown,Unknown,");
        return;
      }
      out.println("OSSEC HIDS agent_control. Agent information:");
      out.println("   Agent ID:   000 (local instance)");
      out.println("   Agent Name: " + hostname.get());
      out.println("   IP address: 127.0.0.1");
      out.println("   Status:     Active/Local");
      return;
    }
    AgentKey k = ManageAgentsCommand.find(keys, id);
    AgentStatus s = AgentStatus.read(home, k);
    Instant seen = s.lastKeepalive();
    String state = s.state(clock.instant()).text;
    String os = s.os().isEmpty() ? "Unknown" : s.os();
    String version = s.version().isEmpty() ? "Unknown" : s.version();
    String keepalive = seen == null ? "Unknown" : CTIME.format(seen.atZone(zone));
    if (csv) {
      // OSSEC's columns; Osprey keeps no syscheck or rootcheck start times, so those say Unknown.
      out.println(String.join(",", k.id(), k.name(), k.address().text(), state, os, version, keepalive, "Unknown",
          "Unknown") + ",");
      return;
    }
    out.println("OSSEC HIDS agent_control. Agent information:");
    out.println("   Agent ID:   " + k.id());
    out.println("   Agent Name: " + k.name());
    out.println("   IP address: " + k.address().text());
    out.println("   Status:     " + state);
    out.println();
    out.println("   Operating system:    " + os);
    out.println("   Client version:      " + version);
    out.println("   Last keep alive:     " + keepalive);
  }

  private static AgentKey agent(ClientKeys keys, String id) throws KeysException {
    if (id.equals("000")) {
      throw new KeysException("agent 000 is this manager; use `osprey control restart` or its own execd");
    }
    return ManageAgentsCommand.find(keys, id);
  }

  private static String word(String value, String flag) throws UsageException {
    if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new UsageException(flag + " takes one word, not '" + value + "'");
    }
    return value;
  }

  /**
   * An active response as send_msg_to_agent words it: {@code (msg_to_agent) [] NNS <id> <command>
   * (from_the_server) (no_rule_id)} for one agent, {@code ANN (null)} for all of them.
   */
  static String arLine(@Nullable String id, String command) {
    return "(msg_to_agent) [] " + (id == null ? "ANN (null) " : "NNS " + id + " ") + command
        + " (from_the_server) (no_rule_id)";
  }

  private void send(Path home, String line) throws Exception {
    senders.apply(home).send(QueueName.AR, ArRequest.message(line));
  }
}
