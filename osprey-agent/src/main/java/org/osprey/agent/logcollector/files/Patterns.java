package org.osprey.agent.logcollector.files;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.osprey.log.DaemonLog;

/**
 * The file localfiles' locations turned into paths: strftime conversions at the current time, then
 * globs. A path named by two localfiles is followed once, for the first (as OSSEC's "Duplicated
 * log file given"). Problems are reported once each.
 */
final class Patterns {

  /**
   * The paths named now.
   *
   * @param paths each path and the localfile it belongs to, in configuration order
   * @param baseDirectories the directories where new matches of a glob appear
   */
  record Expansion(Map<Path, FileTarget> paths, Set<Path> baseDirectories) {}

  private final List<FileTarget> targets;
  private final DaemonLog log;
  private final Set<Path> duplicates = new HashSet<>();
  private final Set<String> unmatched = new HashSet<>();

  Patterns(List<FileTarget> targets, DaemonLog log) {
    this.targets = List.copyOf(targets);
    this.log = log;
  }

  List<FileTarget> targets() {
    return targets;
  }

  /** Expands every target; {@code now} is asked for only when a pattern has a strftime conversion. */
  Expansion expand(Supplier<ZonedDateTime> now) {
    Map<Path, FileTarget> paths = new LinkedHashMap<>();
    Set<Path> bases = new HashSet<>();
    for (FileTarget target : targets) {
      String pattern = Strftime.hasConversions(target.pattern())
          ? Strftime.format(target.pattern(), now.get()) : target.pattern();
      List<Path> found;
      if (Glob.hasWildcards(pattern)) {
        found = Glob.expand(pattern);
        Path base = Glob.baseDirectory(pattern);
        if (base != null) {
          bases.add(base);
        }
        if (found.isEmpty() && unmatched.add(pattern)) {
          log.info("No file found by pattern: '" + pattern + "' (yet).");
        }
      } else {
        found = List.of(Path.of(pattern));
      }
      for (Path p : found) {
        FileTarget before = paths.putIfAbsent(p, target);
        if (before != null && before != target && duplicates.add(p)) {
          log.warn("Duplicated log file given: '" + p + "'.");
        }
      }
    }
    return new Expansion(paths, bases);
  }
}
