package org.osprey.agent.logcollector.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.positions.FileIdentity;
import org.osprey.agent.logcollector.positions.FilePosition;

/**
 * Where each file starts when the collector starts, from the saved positions — a pure decision:
 * <ul>
 *   <li>a file whose identity was saved (under its localfile) resumes at the saved offset, even if
 *       it was renamed within its pattern;
 *   <li>a file not saved is read from its start if its localfile was followed before (it appeared
 *       while logcollector was stopped), else from its end (OSSEC's first start);
 *   <li>{@code only-future-events} starts every file of its localfile at its end;
 *   <li>saved files that no path names any more were rotated away while stopped: they are listed,
 *       to be found by identity and read to their end.
 * </ul>
 */
final class ResumePlan {

  /**
   * How one file starts.
   *
   * @param identity when set, the saved file: the offset applies only if the file opened is it
   * @param offset the saved offset; else 0 (the start) or -1 (the end)
   */
  record Start(@Nullable FileIdentity identity, long offset) {
    static final Start BEGINNING = new Start(null, 0);
    static final Start END = new Start(null, -1);
  }

  private final Map<Path, Start> starts;
  private final List<FilePosition> rotatedAway;

  private ResumePlan(Map<Path, Start> starts, List<FilePosition> rotatedAway) {
    this.starts = starts;
    this.rotatedAway = rotatedAway;
  }

  /**
   * @param targets the file localfiles
   * @param paths the paths named now and their localfiles
   * @param identities the identity of each path's file now (missing: no file there)
   * @param saved the positions of the last run
   */
  static ResumePlan of(List<FileTarget> targets, Map<Path, FileTarget> paths,
      Map<Path, FileIdentity> identities, List<FilePosition> saved) {
    Map<String, List<FilePosition>> byPattern = new HashMap<>();
    for (FilePosition p : saved) {
      byPattern.computeIfAbsent(p.pattern(), k -> new ArrayList<>()).add(p);
    }
    Set<FilePosition> used = new HashSet<>();
    Map<Path, Start> starts = new LinkedHashMap<>();
    for (Map.Entry<Path, FileTarget> e : paths.entrySet()) {
      FileTarget target = e.getValue();
      FileIdentity id = identities.get(e.getKey());
      if (id == null) {
        continue;
      }
      if (target.onlyFutureEvents()) {
        starts.put(e.getKey(), Start.END);
        continue;
      }
      List<FilePosition> known = byPattern.getOrDefault(target.pattern(), List.of());
      FilePosition match = null;
      for (FilePosition p : known) {
        if (p.identity().equals(id) && !used.contains(p)) {
          match = p;
        }
      }
      if (match != null) {
        used.add(match);
        starts.put(e.getKey(), new Start(match.identity(), match.offset()));
      } else {
        starts.put(e.getKey(), known.isEmpty() ? Start.END : Start.BEGINNING);
      }
    }
    Set<String> followable = new HashSet<>();
    for (FileTarget t : targets) {
      if (!t.onlyFutureEvents()) {
        followable.add(t.pattern());
      }
    }
    List<FilePosition> away = new ArrayList<>();
    for (FilePosition p : saved) {
      if (!used.contains(p) && followable.contains(p.pattern())) {
        away.add(p);
      }
    }
    return new ResumePlan(starts, away);
  }

  /** How the file at {@code path} starts, or null when there was no file there. */
  @Nullable Start start(Path path) {
    return starts.get(path);
  }

  /** Saved files no path names now, in saved order. */
  List<FilePosition> rotatedAway() {
    return rotatedAway;
  }
}
