package org.osprey.agent.logcollector;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osprey.agent.logcollector.commands.CommandSpec;
import org.osprey.agent.logcollector.files.FileTarget;
import org.osprey.agent.logcollector.journald.JournalctlArgs;
import org.osprey.config.ConfigException;
import org.osprey.config.InternalOption;
import org.osprey.config.InternalOptionSchema;
import org.osprey.config.InternalOptions;
import org.osprey.config.LocalfileConfig;
import org.osprey.config.LogFormat;
import org.osprey.config.OssecConfig;

/**
 * Everything logcollector reads from {@code etc/ossec.conf} and the internal options, checked once
 * at start. Localfiles that cannot be followed here (Windows event logs, ossecalert, a bad
 * strftime pattern or journald match, a repeated location) are left out with a line in
 * {@link #notes} saying why; they do not stop the daemon, as in OSSEC.
 *
 * @param files the file localfiles
 * @param commands the command and full_command localfiles
 * @param journals the journald localfiles
 * @param loopTimeout {@code logcollector.loop_timeout}: how often every file is looked at
 * @param openAttempts {@code logcollector.open_attempts}
 * @param maxLines {@code logcollector.max_lines}
 * @param maxLineLength {@code logcollector.max_line_length}
 * @param commandTimeout {@code logcollector.command_timeout}
 * @param notes what was left out or is worth knowing, for ossec.log (prefixed with the level)
 */
public record LogcollectorSettings(
    List<FileTarget> files, List<CommandSpec> commands, List<Journal> journals,
    Duration loopTimeout, int openAttempts, int maxLines, int maxLineLength,
    Duration commandTimeout, List<String> notes) {

  /**
   * A journald localfile.
   *
   * @param location {@code all}, a unit, an identifier or field matches
   * @param onlyFutureEvents start at the journal's end even when a cursor is saved
   */
  public record Journal(String location, boolean onlyFutureEvents) {}

  public LogcollectorSettings {
    files = List.copyOf(files);
    commands = List.copyOf(commands);
    journals = List.copyOf(journals);
    Objects.requireNonNull(loopTimeout, "loopTimeout");
    Objects.requireNonNull(commandTimeout, "commandTimeout");
    notes = List.copyOf(notes);
  }

  /** Reads {@code <home>/etc/ossec.conf} and the internal options. */
  public static LogcollectorSettings read(Path home) throws ConfigException {
    return of(OssecConfig.load(home.resolve("etc/ossec.conf")),
        InternalOptions.load(home.resolve("etc")));
  }

  public static LogcollectorSettings of(OssecConfig config, InternalOptions options)
      throws ConfigException {
    List<FileTarget> files = new ArrayList<>();
    List<CommandSpec> commands = new ArrayList<>();
    List<Journal> journals = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LocalfileConfig lf : config.localfiles()) {
      String where = " (" + lf.source() + ":" + lf.line() + ")";
      LogFormat f = lf.logFormat();
      String key = f.runsCommand() ? f.id() + "\0" + lf.target() + "\0" + lf.alias() : lf.target();
      if (!seen.add(key)) {
        notes.add("WARN: Duplicated log file given: '" + lf.target() + "'" + where + "; ignored.");
        continue;
      }
      if (!lf.labels().isEmpty() && f != LogFormat.JSON) {
        notes.add("WARN: Labels are added to json events only; those of '" + lf.target() + "'"
            + where + " are not used.");
      }
      switch (f) {
        case EVENTLOG, EVENTCHANNEL ->
            notes.add("INFO: Windows event log '" + lf.target() + "'" + where
                + " is read by Windows agents only; ignored here.");
        case OSSECALERT ->
            notes.add("WARN: Log format ossecalert ('" + lf.target() + "'" + where
                + ") is not supported by Osprey; ignored.");
        case COMMAND, FULL_COMMAND -> commands.add(CommandSpec.of(lf.target(), lf.alias(),
            f == LogFormat.FULL_COMMAND, lf.frequency(), lf.checkDiff()));
        case JOURNALD -> {
          try {
            JournalctlArgs.of(lf.target(), null);
            journals.add(new Journal(lf.target(), lf.onlyFutureEvents()));
          } catch (IllegalArgumentException e) {
            notes.add("ERROR: " + e.getMessage() + where + "; ignored.");
          }
        }
        default -> {
          try {
            files.add(new FileTarget(lf.target(), f, lf.multiLineCount(), lf.labels(),
                lf.onlyFutureEvents()));
          } catch (IllegalArgumentException e) {
            notes.add("ERROR: Error parsing file: '" + lf.target() + "'" + where + ": "
                + e.getMessage() + "; ignored.");
          }
        }
      }
    }
    return new LogcollectorSettings(files, commands, journals,
        Duration.ofSeconds(options.get(option("loop_timeout"))),
        options.get(option("open_attempts")), options.getOrDefault(option("max_lines")),
        options.getOrDefault(option("max_line_length")),
        Duration.ofSeconds(options.getOrDefault(option("command_timeout"))), notes);
  }

  private static InternalOption option(String name) {
    return Objects.requireNonNull(InternalOptionSchema.find("logcollector", name), name);
  }

  /** True when there is nothing to read at all. */
  public boolean empty() {
    return files.isEmpty() && commands.isEmpty() && journals.isEmpty();
  }
}
