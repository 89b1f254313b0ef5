package org.osprey.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** {@link SystemUsers} of this host: reads the user database through the JDK, creates with useradd. */
final class HostUsers implements SystemUsers {

  @Override
  public boolean isRoot() {
    try {
      // /proc/self belongs to the effective user of this process.
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return uid instanceof Integer n && n == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  @Override
  public boolean userExists(String user) {
    try {
      FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(user);
      return true;
    } catch (IOException e) {
      // UserPrincipalNotFoundException, or the user database could not be read.
      return false;
    }
  }

  @Override
  public boolean groupExists(String group) {
    try {
      FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByGroupName(group);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public List<String> createServiceUsers(Path home) throws IOException {
    List<String> created = new ArrayList<>();
    if (!groupExists(GROUP)) {
      runUnlessDone(List.of(tool("groupadd"), "--system", GROUP), () -> groupExists(GROUP));
      created.add("group " + GROUP);
    }
    for (String user : SERVICE_USERS) {
      if (!userExists(user)) {
        runUnlessDone(
            List.of(
                tool("useradd"),
                "--system",
                "--no-create-home",
                "--shell",
                nologin(),
                "--home-dir",
                home.toAbsolutePath().toString(),
                "-g",
                GROUP,
                user),
            () -> userExists(user));
        created.add("user " + user);
      }
    }
    return created;
  }

  private static String tool(String name) {
    for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return name;
  }

  private static String nologin() {
    for (String p : List.of("/usr/sbin/nologin", "/sbin/nologin", "/bin/false")) {
      if (Files.isExecutable(Path.of(p))) {
        return p;
      }
    }
    return "/bin/false";
  }

  /** Runs {@code command}; a failure is ignored when {@code done} says another process did the job. */
  private static void runUnlessDone(List<String> command, BooleanSupplier done) throws IOException {
    try {
      run(command);
    } catch (IOException e) {
      if (!done.getAsBoolean()) {
        throw e;
      }
    }
  }

  private static void run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      int code = p.waitFor();
      if (code != 0) {
        throw new IOException(String.join(" ", command) + " failed (" + code + "): " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    }
  }
}
