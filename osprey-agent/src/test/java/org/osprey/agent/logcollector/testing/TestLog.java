package org.osprey.agent.logcollector.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneOffset;
import org.osprey.log.DaemonLog;
import org.osprey.log.OssecLog;

/** A real ossec.log in a test directory, and what it says. */
public final class TestLog {
  private final OssecLog log;

  public TestLog(Path file) throws IOException {
    this.log = new OssecLog(file, InstantSource.system(), ZoneOffset.UTC, System.err);
  }

  public OssecLog ossecLog() {
    return log;
  }

  public DaemonLog daemon() {
    return log.daemon("ossec-logcollector");
  }

  /** Everything written so far. */
  public String text() {
    try {
      return Files.readString(log.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
