package org.osprey.daemon;

import java.nio.file.Path;
import org.osprey.install.InstallType;

/**
 * Who a supervisor JVM is.
 *
 * @param home the install home
 * @param type the install type
 * @param jvm {@code all} when every daemon shares this JVM, else the run-as user whose daemons it runs
 * @param user the Unix user this process runs as (for the state file)
 * @param launchOrder the position of this JVM in start order; {@code osprey control stop} goes backwards
 */
public record SupervisorSettings(Path home, InstallType type, String jvm, String user, int launchOrder) {
  /** The JVM name when all daemons share one JVM. */
  public static final String ALL = "all";

  public SupervisorSettings {
    if (!jvm.equals(ALL)) {
      RunsAs.of(jvm);
    }
    if (launchOrder < 0) {
      throw new IllegalArgumentException("negative launch order");
    }
  }
}
