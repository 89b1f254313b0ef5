package org.osprey.config;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code <rootcheck>}: rootkit and policy checks.
 *
 * @param disabled whether rootcheck is off
 * @param frequency the time between two runs
 * @param rootkitFiles the database of files rootkits leave, or null
 * @param rootkitTrojans the database of trojaned binaries' signatures, or null
 * @param systemAudit Unix policy files, in order
 * @param windowsAudit the Windows policy file, or null
 * @param windowsApps the Windows applications policy file, or null
 * @param windowsMalware the Windows malware policy file, or null
 * @param scanAll whether the whole file system is scanned
 * @param readAll whether every file is read, not only suspicious ones
 * @param skipNfs whether network file systems are skipped
 * @param baseDirectory the directory the checks are relative to, or null for /
 * @param ignore paths that are never reported
 * @param checks the checks that run
 */
public record RootcheckConfig(
    boolean disabled,
    Duration frequency,
    @Nullable String rootkitFiles,
    @Nullable String rootkitTrojans,
    List<String> systemAudit,
    @Nullable String windowsAudit,
    @Nullable String windowsApps,
    @Nullable String windowsMalware,
    boolean scanAll,
    boolean readAll,
    boolean skipNfs,
    @Nullable String baseDirectory,
    List<String> ignore,
    Set<Check> checks) {

  public RootcheckConfig {
    Objects.requireNonNull(frequency, "frequency");
    systemAudit = List.copyOf(systemAudit);
    ignore = List.copyOf(ignore);
    checks = checks.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(checks));
  }

  /** One of rootcheck's checks, each turned on or off by its {@code check_*} element. */
  public enum Check {
    DEV,
    FILES,
    IF,
    PIDS,
    PORTS,
    SYS,
    TROJANS,
    UNIXAUDIT,
    WINAPPS,
    WINAUDIT,
    WINMALWARE
  }
}
