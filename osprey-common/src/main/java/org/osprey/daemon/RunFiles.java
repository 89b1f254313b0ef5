package org.osprey.daemon;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files under {@code var/run}: OSSEC's pid files {@code <daemon>-<pid>.pid} (the pid and a newline) and
 * Osprey's state files {@code osprey-<jvm>.state}.
 *
 * @param dir the {@code var/run} directory
 */
public record RunFiles(Path dir) {

  /** The run files of the install at {@code home}. */
  public static RunFiles of(Path home) {
    return new RunFiles(home.resolve("var/run"));
  }

  /** The pid file of {@code daemon} running in process {@code pid}. */
  public Path pidFile(String daemon, long pid) {
    return dir.resolve(daemon + "-" + pid + ".pid");
  }

  /** The state file of the supervisor JVM called {@code jvm} ({@code all}, or a run-as user). */
  public Path stateFile(String jvm) {
    return dir.resolve("osprey-" + jvm + ".state");
  }

  /** Writes {@code daemon}'s pid file. */
  public void writePid(String daemon, long pid) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(pidFile(daemon, pid), pid + "\n");
  }

  /** Every state file present. */
  public List<Path> stateFiles() throws IOException {
    return list("osprey-*.state");
  }

  /** Every pid file of process {@code pid}. */
  public List<Path> pidFilesOf(long pid) throws IOException {
    return list("*-" + pid + ".pid");
  }

  /** True when {@code daemon} has a pid file for process {@code pid}. */
  public boolean hasPid(String daemon, long pid) {
    return Files.exists(pidFile(daemon, pid));
  }

  private List<Path> list(String glob) throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
      files.forEach(out::add);
    }
    out.sort(null);
    return out;
  }
}
