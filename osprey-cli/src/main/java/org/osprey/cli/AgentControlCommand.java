package org.osprey.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.osprey.queue.QueueName;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.ClientKeys;
import org.osprey.transport.keys.KeysException;
import org.osprey.transport.keys.KeysFile;
import org.osprey.transport.remoted.ArRequest;

/** {@code osprey agent-control}: OSSEC's agent_control (list, info, restart, run an active response). */
final class AgentControlCommand implements Command {
  static final String USAGE = "usage: osprey agent-control [--home DIR] -l | -lc | -i <id> | -R <id>"
      + " | -b <ip> -f <ar-name> -u <id>";

  /** The restart command agentd hands to execd (spec §8.4). */
  static final String RESTART = "restart-ossec0";

  private static final Set<String> VALUED = Set.of("-i", "-R", "-b", "-f", "-u", "--home");
  private static final Set<String> SWITCHES = Set.of("-l", "-lc", "-h", "--help");
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
    ShortFlags f = ShortFlags.parse(args, VALUED, SWITCHES);
    if (f.has("-h") || f.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    Path home = Homes.resolve(f.get("--home"));
    try {
      ClientKeys keys = KeysFile.of(home).read();
      if (f.has("-l") || f.has("-lc")) {
        list(home, keys, f.has("-lc"), out);
      } else if (f.has("-i")) {
        info(home, keys, f.require("-i", ""), out);
      } else if (f.has("-R")) {
        AgentKey k = agent(keys, f.require("-R", ""));
        send(home, k, RESTART + " - null");
        out.println("OSSEC HIDS agent_control: Restarting agent: " + k.id());
      } else if (f.has("-b") || f.has("-f") || f.has("-u")) {
        String ip = word(f.require("-b", "with -f and -u"), "-b");
        String ar = word(f.require("-f", "with -b and -u"), "-f");
        AgentKey k = agent(keys, f.require("-u", "with -b and -f"));
        send(home, k, ar + " - " + ip);
        out.println("OSSEC HIDS agent_control: Running active response '" + ar + "' on: " + k.id());
      } else {
        throw new UsageException("nothing to do; " + USAGE);
      }
    } catch (KeysException e) {
      err.println("osprey agent-control: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private void list(Path home, ClientKeys keys, boolean activeOnly, PrintStream out) throws Exception {
    Instant now = clock.instant();
    out.println("OSSEC HIDS agent_control. List of available agents:");
    out.println("   ID: 000, Name: " + hostname.get() + " (server), IP: 127.0.0.1, Active/Local");
    for (AgentKey k : keys.entries()) {
      AgentStatus.State state = AgentStatus.read(home, k).state(now);
      if (!activeOnly || state == AgentStatus.State.ACTIVE) {
        out.println("   ID: " + k.id() + ", Name: " + k.name() + ", IP: " + k.address().text() + ", " + state.text);
      }
    }
  }

  private void info(Path home, ClientKeys keys, String id, PrintStream out) throws Exception {
    out.println("OSSEC HIDS agent_control. Agent information:");
    if (id.equals("000")) {
      out.println("   Agent ID:   000 (local instance)");
      out.println("   Agent Name: " + hostname.get());
      out.println("   IP address: 127.0.0.1");
      out.println("   Status:     Active/Local");
      return;
    }
    AgentKey k = ManageAgentsCommand.find(keys, id);
    AgentStatus s = AgentStatus.read(home, k);
    Instant seen = s.lastKeepalive();
    out.println("   Agent ID:   " + k.id());
    out.println("   Agent Name: " + k.name());
    out.println("   IP address: " + k.address().text());
    out.println("   Status:     " + s.state(clock.instant()).text);
    out.println();
    out.println("   Operating system:    " + (s.os().isEmpty() ? "Unknown" : s.os()));
    out.println("   Client version:      " + (s.version().isEmpty() ? "Unknown" : s.version()));
    out.println("   Last keep alive:     " + (seen == null ? "Unknown" : CTIME.format(seen.atZone(zone))));
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

  /** {@code (msg_to_agent) [] NNS <id> <command> (from_the_server) (no_rule_id)}, as send_msg_to_agent. */
  static String arLine(String id, String command) {
    return "(msg_to_agent) [] NNS " + id + " " + command + " (from_the_server) (no_rule_id)";
  }

  private void send(Path home, AgentKey k, String command) throws Exception {
    senders.apply(home).send(QueueName.AR, ArRequest.message(arLine(k.id(), command)));
  }
}
