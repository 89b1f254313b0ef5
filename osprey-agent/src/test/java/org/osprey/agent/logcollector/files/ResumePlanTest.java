package org.osprey.agent.logcollector.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osprey.agent.logcollector.positions.FileIdentity;
import org.osprey.agent.logcollector.positions.FilePosition;
import org.osprey.config.LogFormat;

/** Where files start at a collector's start, decided from the saved positions alone. */
class ResumePlanTest {
  private static final FileTarget GLOB = new FileTarget("/l/*.log", LogFormat.SYSLOG, 0, Map.of(), false);
  private static final FileTarget FUTURE = new FileTarget("/f.log", LogFormat.SYSLOG, 0, Map.of(), true);
  private static final FileTarget NEW = new FileTarget("/n.log", LogFormat.SYSLOG, 0, Map.of(), false);
  private static final FileIdentity A = new FileIdentity(1, 10);
  private static final FileIdentity B = new FileIdentity(1, 11);
  private static final FileIdentity C = new FileIdentity(1, 12);
  private static final FileIdentity OLD = new FileIdentity(1, 9);

  @Test
  void decidesEachFilesStartAndListsWhatWasRotatedAway() {
    Map<Path, FileTarget> paths = new LinkedHashMap<>();
    paths.put(Path.of("/l/b.log"), GLOB);
    paths.put(Path.of("/l/c.log"), GLOB);
    paths.put(Path.of("/f.log"), FUTURE);
    paths.put(Path.of("/n.log"), NEW);
    paths.put(Path.of("/l/missing.log"), GLOB);
    Map<Path, FileIdentity> ids = Map.of(Path.of("/l/b.log"), A, Path.of("/l/c.log"), C,
        Path.of("/f.log"), B, Path.of("/n.log"), new FileIdentity(1, 13));
    List<FilePosition> saved = List.of(
        new FilePosition("/l/*.log", "/l/a.log", A, 100), // a.log renamed to b.log: resumes
        new FilePosition("/l/*.log", "/l/old.log", OLD, 7), // rotated away while stopped
        new FilePosition("/f.log", "/f.log", B, 5), // only-future-events: ignored
        new FilePosition("/gone/*.log", "/gone/x.log", C, 3)); // no longer configured
    ResumePlan plan = ResumePlan.of(List.of(GLOB, FUTURE, NEW), paths, ids, saved);
    assertThat(plan.start(Path.of("/l/b.log"))).isEqualTo(new ResumePlan.Start(A, 100));
    assertThat(plan.start(Path.of("/l/c.log"))).isEqualTo(ResumePlan.Start.BEGINNING);
    assertThat(plan.start(Path.of("/f.log"))).isEqualTo(ResumePlan.Start.END);
    assertThat(plan.start(Path.of("/n.log"))).isEqualTo(ResumePlan.Start.END);
    assertThat(plan.start(Path.of("/l/missing.log"))).isNull();
    assertThat(plan.rotatedAway()).containsExactly(saved.get(1));
  }
}
