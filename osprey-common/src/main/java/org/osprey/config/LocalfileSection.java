package org.osprey.config;

import static org.osprey.config.schema.Types.flag;
import static org.osprey.config.schema.Types.optionalText;
import static org.osprey.config.schema.Types.text;
import static org.osprey.config.schema.Types.yesNo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osprey.config.schema.Entry;
import org.osprey.config.schema.InvalidValueException;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.ProblemSink;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;
import org.osprey.config.schema.Types;
import org.osprey.config.schema.ValueType;

/** Declares {@code <localfile>} and builds {@link LocalfileConfig}. */
final class LocalfileSection {

  /** A parsed {@code <log_format>}. */
  record Format(LogFormat format, int lines) {}

  static final Key<String> LOCATION = Key.of("location", text(),
      "The file to follow (globs and strftime escapes allowed), the journald unit, identifier or "
          + "FIELD=value match (all: the whole journal), or the event channel.");
  static final Key<String> COMMAND = Key.of("command", text(),
      "The command whose output is read, for log_format command or full_command.");
  static final Key<Format> LOG_FORMAT = Key.of("log_format", new FormatType(),
      "How the lines are read and split into events.").asRequired();
  static final Key<Duration> FREQUENCY = Key.of("frequency", new FrequencyType(),
      "How often a command runs (also hourly or daily).").defaultValue(Duration.ofSeconds(360));
  static final Key<String> ALIAS = Key.of("alias", text(),
      "The name shown as the event location instead of the command.");
  static final Key<Boolean> ONLY_FUTURE_EVENTS = Key.of("only-future-events", yesNo(),
      "Start at the end (of a file, the journal or an event channel) instead of where logcollector "
          + "stopped, skipping what was logged while it was not running.").defaultValue(false);
  static final Key<String> QUERY = Key.of("query", text(),
      "For an event channel, the XPath query that selects events.");
  static final Key<String> LABEL_KEY = Key.of("key", text(), "The label's name.").asRequired();
  static final Key<String> LABEL = Key.of("label", optionalText(),
      "A name=value label added as a member to every event of a json log; repeat for more.")
      .attributes(LABEL_KEY).asRepeatable().asExtension();
  static final Key<Boolean> CHECK_DIFF = Key.of("check_diff", flag(),
      "For a command, forward its output only when it differs from the previous run.")
      .defaultValue(false).asExtension();

  static final Section SECTION = Section.listed("localfile",
      "A log file, journald unit, event channel or command that logcollector reads.",
      LOCATION, COMMAND, LOG_FORMAT, FREQUENCY, ALIAS, ONLY_FUTURE_EVENTS, QUERY, LABEL,
      CHECK_DIFF);

  private LocalfileSection() {}

  static @Nullable LocalfileConfig build(SectionValues v, ProblemSink problems) {
    Format format = v.find(LOG_FORMAT);
    if (format == null) {
      return null;
    }
    String location = v.find(LOCATION);
    String command = v.find(COMMAND);
    if (format.format().runsCommand() && command == null) {
      problems.report(v.source(), v.line(), "missing <command> in <localfile> (log_format '"
          + format.format().id() + "' runs a command)");
      return null;
    }
    if (!format.format().runsCommand() && location == null) {
      problems.report(v.source(), v.line(), "missing <location> in <localfile>");
      return null;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (Entry e : v.entries(LABEL)) {
      labels.put(java.util.Objects.requireNonNull(e.attribute(LABEL_KEY)), e.value(LABEL));
    }
    return new LocalfileConfig(location, command, format.format(), format.lines(),
        v.get(FREQUENCY), v.find(ALIAS), v.get(ONLY_FUTURE_EVENTS), v.find(QUERY), labels,
        v.get(CHECK_DIFF), v.source(), v.line());
  }

  /** The log formats, with {@code multi-line:N}. */
  private static final class FormatType implements ValueType<Format> {
    private final ValueType<LogFormat> plain = Types.choice(LogFormat.class, LogFormat::id);

    @Override
    public Format parse(String text) throws InvalidValueException {
      if (text.regionMatches(true, 0, "multi-line", 0, 10)
          && !text.equalsIgnoreCase(LogFormat.MULTI_LINE_INDENTED.id())) {
        String rest = text.substring(10).strip();
        if (!rest.startsWith(":")) {
          throw new InvalidValueException(describe());
        }
        String n = rest.substring(1).strip();
        try {
          return new Format(LogFormat.MULTI_LINE, Types.integer(1, 9999).parse(n));
        } catch (InvalidValueException e) {
          throw new InvalidValueException(describe());
        }
      }
      LogFormat f = plain.parse(text);
      if (f == LogFormat.MULTI_LINE) {
        throw new InvalidValueException(describe());
      }
      return new Format(f, 0);
    }

    @Override
    public String describe() {
      return plain.describe().replace("multi-line,", "multi-line:N,");
    }

    @Override
    public String show(Format value) {
      return value.lines() > 0 ? "multi-line:" + value.lines() : value.format().id();
    }
  }

  /** Seconds, or {@code hourly} / {@code daily}. */
  private static final class FrequencyType implements ValueType<Duration> {
    private final ValueType<Duration> seconds = Types.seconds(1, 31_536_000);

    @Override
    public Duration parse(String text) throws InvalidValueException {
      if (text.equalsIgnoreCase("hourly")) {
        return Duration.ofHours(1);
      }
      if (text.equalsIgnoreCase("daily")) {
        return Duration.ofDays(1);
      }
      try {
        return seconds.parse(text);
      } catch (InvalidValueException e) {
        throw new InvalidValueException(describe());
      }
    }

    @Override
    public String describe() {
      return "hourly, daily or " + seconds.describe();
    }

    @Override
    public String show(Duration value) {
      return seconds.show(value);
    }
  }
}
