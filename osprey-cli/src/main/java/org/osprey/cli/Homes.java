package org.osprey.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.osprey.install.InstallInfo;
import org.osprey.install.InstallType;

/** Where installs and Osprey's own code are. */
final class Homes {
  /** OSSEC's default install home. */
  static final Path DEFAULT = Path.of("/var/ossec");

  private Homes() {}

  /**
   * The home named by {@code --home}; else the install whose {@code bin/osprey} is running (it passes
   * {@code -Dosprey.home}); else {@code /var/ossec}.
   */
  static Path resolve(@Nullable String option) {
    if (option != null) {
      return Path.of(option).toAbsolutePath().normalize();
    }
    String property = System.getProperty("osprey.home");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    return DEFAULT;
  }

  /** The install at {@code home}, or a clear error when there is none. */
  static InstallInfo require(Path home) throws IOException, UsageException {
    Optional<InstallInfo> info = InstallInfo.read(home);
    if (info.isEmpty()) {
      throw new UsageException(
          "no Osprey install at " + home + " (" + InstallInfo.PATH + " is missing); create one with"
              + " `osprey install --type local|server|agent --home " + home + "` or pass --home");
    }
    return info.get();
  }

  /** The install type named on the command line. */
  static InstallType type(@Nullable String option) throws UsageException {
    if (option == null) {
      throw new UsageException("--type local|server|agent is required");
    }
    try {
      return InstallType.parse(option);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The jar this code runs from, if it runs from a jar (not from class directories). */
  static Optional<Path> runningJar() {
    CodeSource source = Main.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return Optional.empty();
    }
    try {
      Path p = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The class path for supervisor JVMs of {@code home}: its {@code lib/osprey.jar} (readable by the service
   * users), else the jar running now, else this JVM's class path.
   */
  static List<Path> daemonClassPath(Path home) {
    Path lib = home.resolve("lib/osprey.jar");
    if (Files.isRegularFile(lib)) {
      return List.of(lib);
    }
    Optional<Path> jar = runningJar();
    if (jar.isPresent()) {
      return List.of(jar.get());
    }
    List<Path> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        out.add(Path.of(entry).toAbsolutePath());
      }
    }
    return out;
  }
}
