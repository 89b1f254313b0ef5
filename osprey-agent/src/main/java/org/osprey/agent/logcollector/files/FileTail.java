package org.osprey.agent.logcollector.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.formats.Emitter;
import org.osprey.agent.logcollector.positions.FileIdentity;

/**
 * One followed path: the file it names now ({@link #current}) and the files it named before a
 * rotation that are still being read to their end ({@link #draining}). Events of both carry the
 * path as their location. Used by the collector thread only.
 */
final class FileTail {
  final FileTarget target;
  final Path path;
  final String location;
  final Emitter emitter;
  @Nullable InodeReader current;
  final List<InodeReader> draining = new ArrayList<>();

  /** Where to start if the file opened next is this one (a saved position); else at 0. */
  @Nullable FileIdentity resumeIdentity;
  long resumeOffset;

  /** Full scans in a row that found the path missing while its file was still open. */
  int missingScans;
  /** An open failure was reported and not yet followed by a success. */
  boolean openErrorReported;
  /** No longer matched by its pattern: only its remaining data is read. */
  boolean retired;
  /** Lines cut at the maximum, for rate-limiting the reports. */
  long longLines;

  FileTail(FileTarget target, Path path, Emitter emitter) {
    this.target = target;
    this.path = path;
    this.location = path.toString();
    this.emitter = emitter;
  }

  /** Every reader of this tail, current first. */
  List<InodeReader> readers() {
    List<InodeReader> all = new ArrayList<>(draining.size() + 1);
    if (current != null) {
      all.add(current);
    }
    all.addAll(draining);
    return all;
  }

  /** True when nothing is open any more. */
  boolean closed() {
    return current == null && draining.isEmpty();
  }

  @Override
  public String toString() {
    return location;
  }
}
