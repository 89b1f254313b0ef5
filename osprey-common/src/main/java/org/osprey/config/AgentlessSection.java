package org.osprey.config;

import static org.osprey.config.schema.Types.choice;
import static org.osprey.config.schema.Types.integer;
import static org.osprey.config.schema.Types.seconds;
import static org.osprey.config.schema.Types.text;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <agentless>} and builds {@link AgentlessConfig}. */
final class AgentlessSection {
  static final Key<String> TYPE = Key.of("type", text(),
      "The check script in agentless/ (ssh_integrity_check_linux, ssh_generic_diff ...).")
      .asRequired();
  static final Key<Duration> FREQUENCY = Key.of("frequency", seconds(0, Integer.MAX_VALUE),
      "Time between two checks.").defaultValue(Duration.ofSeconds(86400));
  static final Key<String> HOST = Key.of("host", text(),
      "user@host to check, optionally preceded by use_su or use_sudo; repeat for more.")
      .asRequired().asRepeatable();
  static final Key<AgentlessConfig.State> STATE = Key.of("state",
      choice(AgentlessConfig.State.class, s -> s.name().toLowerCase(Locale.ROOT)),
      "periodic, periodic_diff or stay_connected.").asRequired();
  static final Key<String> RUN_COMMAND = Key.of("run_command", text(),
      "The command run on the device (ssh_generic_diff).");
  static final Key<String> ARGUMENTS = Key.of("arguments", text(),
      "Arguments given to the script (the directories to check).");
  static final Key<Integer> PORT = Key.of("port", integer(0, 65535),
      "The SSH port (0: the default).").defaultValue(0);

  static final Section SECTION = Section.listed("agentless",
      "A device without an agent that agentlessd checks over SSH (manager installs).",
      TYPE, FREQUENCY, HOST, STATE, RUN_COMMAND, ARGUMENTS, PORT);

  private AgentlessSection() {}

  static @Nullable AgentlessConfig build(SectionValues v) {
    String type = v.find(TYPE);
    AgentlessConfig.State state = v.find(STATE);
    List<String> hosts = v.all(HOST);
    if (type == null || state == null || hosts.isEmpty()) {
      return null;
    }
    String run = v.find(RUN_COMMAND);
    String args = v.find(ARGUMENTS);
    return new AgentlessConfig(type, hosts, v.get(FREQUENCY), state, run == null ? "" : run,
        args == null ? "" : args, v.get(PORT), v.source(), v.line());
  }
}
