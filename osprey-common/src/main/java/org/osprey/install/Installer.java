package org.osprey.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lays out an install home: OSSEC's tree ({@link InstallLayout}), Osprey's default configuration where none
 * exists ({@link DefaultConfigs}), the ruleset ({@link RulesetResources}), {@code bin/} and
 * {@code lib/osprey.jar}. Re-running it on an existing home only adds what is missing: configuration files,
 * rules and keys that exist are kept as they are; Osprey's own programs and ruleset are replaced (that is
 * how an upgrade happens). Run as root with {@link InstallRequest#manageUsers()}, it also creates the service
 * users and gives the tree OSSEC's owners and modes; otherwise the current user owns everything, and every
 * mode also lets that owner write, so the tree stays editable and removable without root.
 */
public final class Installer {
  private final SystemUsers users;
  private final ClassLoader resources;
  private final InstantSource clock;

  /**
   * @param resources where the ruleset ({@value RulesetResources#FOLDER}) is looked up
   */
  public Installer(SystemUsers users, ClassLoader resources, InstantSource clock) {
    this.users = users;
    this.resources = resources;
    this.clock = clock;
  }

  /** Lays out {@code request.home()}; see the class comment for what is kept. */
  public InstallResult install(InstallRequest request) throws IOException {
    Path home = request.home();
    InstallType type = request.type();
    Optional<InstallInfo> existing = InstallInfo.read(home);
    if (existing.isPresent() && existing.get().type() != type) {
      throw new IOException(
          home + " is already a " + existing.get().type().id() + " install; remove it first or use --type "
              + existing.get().type().id());
    }
    boolean owned = request.manageUsers() && users.isRoot();
    List<String> accounts = owned ? users.createServiceUsers(home) : List.of();
    List<String> created = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<String> replaced = new ArrayList<>();

    for (LayoutEntry dir : InstallLayout.directories(type)) {
      Path p = home.resolve(dir.path());
      if (!Files.isDirectory(p)) {
        Files.createDirectories(p);
        created.add(dir.path().isEmpty() ? "." : dir.path() + "/");
      }
    }
    InstallInfo info = new InstallInfo(home, type, InstallInfo.currentVersion(), clock.instant());
    for (LayoutEntry file : InstallLayout.files(type)) {
      Path p = home.resolve(file.path());
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        if (isConfiguration(file.path())) {
          kept.add(file.path());
        }
      } else {
        Files.writeString(p, content(file.path(), type, info), StandardCharsets.UTF_8);
        created.add(file.path());
        apply(p, file, owned);
      }
    }
    List<LayoutEntry> programs = new ArrayList<>();
    if (type != InstallType.AGENT) {
      for (String rel : RulesetResources.copy(resources, home.resolve("ruleset"))) {
        replaced.add("ruleset/" + rel);
        programs.add(new LayoutEntry("ruleset/" + rel, false, 0440, "root"));
      }
    }
    programs.add(writeProgram(home, "bin/osprey", LauncherScripts.osprey(request.javaHome()), replaced));
    for (String tool : LauncherScripts.OSSEC_TOOLS.keySet()) {
      programs.add(writeProgram(home, "bin/" + tool, LauncherScripts.ossecTool(tool), replaced));
    }
    Path jar = request.jar();
    if (jar != null && Files.isRegularFile(jar)) {
      Path target = home.resolve("lib/osprey.jar");
      if (!Files.exists(target) || !Files.isSameFile(jar, target)) {
        Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
        replaced.add("lib/osprey.jar");
      }
      programs.add(new LayoutEntry("lib/osprey.jar", false, 0440, "root"));
    }
    for (LayoutEntry program : programs) {
      apply(home.resolve(program.path()), program, owned);
    }
    applyToRulesetDirs(home, type, owned);
    for (LayoutEntry dir : InstallLayout.directories(type)) {
      apply(home.resolve(dir.path()), dir, owned);
    }
    return new InstallResult(home, type, created, kept, replaced, accounts, owned);
  }

  private static LayoutEntry writeProgram(Path home, String rel, String text, List<String> replaced)
      throws IOException {
    Path p = home.resolve(rel);
    boolean existed = Files.exists(p);
    if (existed) {
      // An install owned by root leaves programs read-only; make the file writable again to replace it.
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-x---"));
    }
    Files.writeString(p, text, StandardCharsets.UTF_8);
    replaced.add(rel);
    return new LayoutEntry(rel, false, 0550, "root");
  }

  private void applyToRulesetDirs(Path home, InstallType type, boolean owned) throws IOException {
    Path ruleset = home.resolve("ruleset");
    if (type == InstallType.AGENT || !Files.isDirectory(ruleset)) {
      return;
    }
    try (Stream<Path> all = Files.walk(ruleset)) {
      for (Path dir : all.filter(Files::isDirectory).toList()) {
        apply(dir, new LayoutEntry(home.relativize(dir).toString(), true, 0550, "root"), owned);
      }
    }
  }

  /** Files a user edits: configuration, keys and local rules (not logs, not the install record). */
  private static boolean isConfiguration(String rel) {
    return (rel.startsWith("etc/") || rel.startsWith("rules/")) && !rel.equals(InstallInfo.PATH);
  }

  private static String content(String rel, InstallType type, InstallInfo info) {
    return switch (rel) {
      case InstallInfo.PATH -> info.text();
      case "etc/ossec.conf" -> DefaultConfigs.ossecConf(type);
      case "etc/internal_options.conf" -> DefaultConfigs.internalOptions();
      case "etc/local_internal_options.conf" -> DefaultConfigs.localInternalOptions();
      case "etc/local_decoder.xml" -> DefaultConfigs.localDecoder();
      case "rules/local_rules.xml" -> DefaultConfigs.localRules();
      default -> "";
    };
  }

  /** Sets the mode (plus owner write when not {@code owned}) and, when {@code owned}, owner and group. */
  private void apply(Path p, LayoutEntry entry, boolean owned) throws IOException {
    int mode = owned ? entry.mode() : entry.mode() | (entry.directory() ? 0700 : 0600);
    if (owned) {
      UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
      GroupPrincipal group = lookup.lookupPrincipalByGroupName(SystemUsers.GROUP);
      Files.setOwner(p, lookup.lookupPrincipalByName(entry.owner()));
      Files.setAttribute(p, "posix:group", group, LinkOption.NOFOLLOW_LINKS);
    }
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(LayoutEntry.permissions(mode)));
  }
}
