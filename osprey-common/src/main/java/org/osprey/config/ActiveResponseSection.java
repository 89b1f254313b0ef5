package org.osprey.config;

import static org.osprey.config.schema.Types.integer;
import static org.osprey.config.schema.Types.list;
import static org.osprey.config.schema.Types.seconds;
import static org.osprey.config.schema.Types.text;
import static org.osprey.config.schema.Types.yesNo;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.config.ActiveResponseConfig.Location;
import org.osprey.config.schema.InvalidValueException;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.ProblemSink;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;
import org.osprey.config.schema.ValueType;

/** Declares {@code <active-response>} and builds {@link ActiveResponseConfig}. */
final class ActiveResponseSection {
  static final Key<String> COMMAND = Key.of("command", text(),
      "The <command> to run (manager form).");
  static final Key<Set<Location>> LOCATION = Key.of("location", new LocationType(),
      "Where it runs: local, server, defined-agent or all.");
  static final Key<String> AGENT_ID = Key.of("agent_id", text(),
      "The agent it runs on, for location defined-agent.");
  static final Key<List<Integer>> RULES_ID = Key.of("rules_id", ConfigTypes.ruleIds(),
      "Rule ids that trigger it, separated by commas.");
  static final Key<String> RULES_GROUP = Key.of("rules_group", text(),
      "A rule group that triggers it.");
  static final Key<Integer> LEVEL = Key.of("level", integer(0, 20),
      "The lowest rule level that triggers it.").defaultValue(0);
  static final Key<Duration> TIMEOUT = Key.of("timeout", seconds(0, Integer.MAX_VALUE),
      "Time before the response is undone; needs timeout_allowed on its command.")
      .defaultValue(Duration.ZERO);
  static final Key<Boolean> DISABLED = Key.of("disabled", yesNo(),
      "Turn active response off (on an agent: execd refuses every response).")
      .defaultValue(false);
  static final Key<List<Integer>> REPEATED_OFFENDERS = Key.of("repeated_offenders",
      list(integer(1, 525_600), ",", 6, false),
      "Block times in minutes for the 2nd, 3rd ... response to the same address (agent form).");

  static final Section SECTION = Section.listed("active-response",
      "An automatic response to alerts (manager form), or execd's settings (agent form).",
      COMMAND, LOCATION, AGENT_ID, RULES_ID, RULES_GROUP, LEVEL, TIMEOUT, DISABLED,
      REPEATED_OFFENDERS);

  private ActiveResponseSection() {}

  static @Nullable ActiveResponseConfig build(SectionValues v, ProblemSink problems) {
    boolean disabled = v.get(DISABLED);
    String command = v.find(COMMAND);
    Set<Location> locations = v.find(LOCATION);
    List<Integer> repeated = v.has(REPEATED_OFFENDERS) ? v.get(REPEATED_OFFENDERS) : List.of();
    if (command == null || locations == null) {
      if (!disabled && repeated.isEmpty()) {
        problems.report(v.source(), v.line(), "missing <command> or <location> in <active-response>");
        return null;
      }
      command = null;
      locations = Set.of();
    }
    String agentId = v.find(AGENT_ID);
    if (locations.contains(Location.DEFINED_AGENT) && agentId == null) {
      problems.report(v.source(), v.line(),
          "missing <agent_id> in <active-response> (location defined-agent)");
      return null;
    }
    return new ActiveResponseConfig(command, locations, agentId,
        v.has(RULES_ID) ? v.get(RULES_ID) : List.of(), v.find(RULES_GROUP), v.get(LEVEL),
        v.get(TIMEOUT), disabled, repeated, v.source(), v.line());
  }

  /** OSSEC looks for each location's words anywhere in the text. */
  private static final class LocationType implements ValueType<Set<Location>> {
    @Override
    public Set<Location> parse(String text) throws InvalidValueException {
      Set<Location> out = EnumSet.noneOf(Location.class);
      if (text.contains("AS") || text.contains("analysisd") || text.contains("server")) {
        out.add(Location.SERVER);
      }
      if (text.contains("local")) {
        out.add(Location.LOCAL);
      }
      if (text.contains("defined-agent")) {
        out.add(Location.DEFINED_AGENT);
      }
      if (text.contains("all") || text.contains("any")) {
        out.add(Location.ALL);
      }
      if (out.isEmpty()) {
        throw new InvalidValueException(describe());
      }
      return out;
    }

    @Override
    public String describe() {
      return "local, server, defined-agent or all";
    }
  }
}
