package org.osprey.config;

import static org.osprey.config.schema.Types.path;
import static org.osprey.config.schema.Types.seconds;
import static org.osprey.config.schema.Types.text;
import static org.osprey.config.schema.Types.yesNo;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <rootcheck>} and builds {@link RootcheckConfig}. */
final class RootcheckSection {
  static final Key<String> ROOTKIT_FILES = Key.of("rootkit_files", path(),
      "The database of files that known rootkits leave behind.");
  static final Key<String> ROOTKIT_TROJANS = Key.of("rootkit_trojans", path(),
      "The database of signatures of trojaned system binaries.");
  static final Key<String> SYSTEM_AUDIT = Key.of("system_audit", path(),
      "A Unix policy (audit) file; repeat for more.").asRepeatable();
  static final Key<String> WINDOWS_AUDIT = Key.of("windows_audit", path(),
      "The Windows policy (audit) file.");
  static final Key<String> WINDOWS_APPS = Key.of("windows_apps", path(),
      "The Windows policy file of unwanted applications.");
  static final Key<String> WINDOWS_MALWARE = Key.of("windows_malware", path(),
      "The Windows malware policy file.");
  static final Key<Boolean> SCANALL = Key.of("scanall", yesNo(),
      "Scan the whole file system.").defaultValue(false);
  static final Key<Boolean> READALL = Key.of("readall", yesNo(),
      "Read every file, not only the suspicious ones.").defaultValue(false);
  static final Key<Duration> FREQUENCY = Key.of("frequency", seconds(0, Integer.MAX_VALUE),
      "Time between two runs.").defaultValue(Duration.ofSeconds(72000));
  static final Key<Boolean> DISABLED = Key.of("disabled", yesNo(),
      "Turn rootcheck off.").defaultValue(false);
  static final Key<Boolean> SKIP_NFS = Key.of("skip_nfs", yesNo(),
      "Skip network file systems.").defaultValue(false);
  static final Key<String> BASE_DIRECTORY = Key.of("base_directory", path(),
      "The directory the checked paths are relative to (for a mounted image).");
  static final Key<String> IGNORE = Key.of("ignore", text(),
      "A path that is never reported; repeat for more.").asRepeatable();

  private static final Map<RootcheckConfig.Check, Key<Boolean>> CHECKS = checks();

  static final Section SECTION = Section.merged("rootcheck",
      "Rootkit detection and policy audits run by syscheckd.",
      ROOTKIT_FILES, ROOTKIT_TROJANS, SYSTEM_AUDIT, WINDOWS_AUDIT, WINDOWS_APPS, WINDOWS_MALWARE,
      SCANALL, READALL, FREQUENCY, DISABLED, SKIP_NFS, BASE_DIRECTORY, IGNORE,
      CHECKS.get(RootcheckConfig.Check.DEV), CHECKS.get(RootcheckConfig.Check.FILES),
      CHECKS.get(RootcheckConfig.Check.IF), CHECKS.get(RootcheckConfig.Check.PIDS),
      CHECKS.get(RootcheckConfig.Check.PORTS), CHECKS.get(RootcheckConfig.Check.SYS),
      CHECKS.get(RootcheckConfig.Check.TROJANS), CHECKS.get(RootcheckConfig.Check.UNIXAUDIT),
      CHECKS.get(RootcheckConfig.Check.WINAPPS), CHECKS.get(RootcheckConfig.Check.WINAUDIT),
      CHECKS.get(RootcheckConfig.Check.WINMALWARE));

  private RootcheckSection() {}

  private static Map<RootcheckConfig.Check, Key<Boolean>> checks() {
    Map<RootcheckConfig.Check, String> docs = new EnumMap<>(RootcheckConfig.Check.class);
    docs.put(RootcheckConfig.Check.DEV, "Look for files hidden in /dev.");
    docs.put(RootcheckConfig.Check.FILES, "Look for the files listed in rootkit_files.");
    docs.put(RootcheckConfig.Check.IF, "Look for network interfaces in promiscuous mode.");
    docs.put(RootcheckConfig.Check.PIDS, "Look for processes hidden from ps.");
    docs.put(RootcheckConfig.Check.PORTS, "Look for ports hidden from netstat.");
    docs.put(RootcheckConfig.Check.SYS, "Look for anomalies in the file system (hidden files, odd permissions).");
    docs.put(RootcheckConfig.Check.TROJANS, "Look for the trojan signatures of rootkit_trojans.");
    docs.put(RootcheckConfig.Check.UNIXAUDIT, "Run the system_audit policies (Unix).");
    docs.put(RootcheckConfig.Check.WINAPPS, "Run the windows_apps policy (Windows).");
    docs.put(RootcheckConfig.Check.WINAUDIT, "Run the windows_audit policy (Windows).");
    docs.put(RootcheckConfig.Check.WINMALWARE, "Run the windows_malware policy (Windows).");
    Map<RootcheckConfig.Check, Key<Boolean>> out = new EnumMap<>(RootcheckConfig.Check.class);
    docs.forEach((c, doc) -> out.put(c, Key.of(
        "check_" + c.name().toLowerCase(Locale.ROOT), yesNo(), doc).defaultValue(true)));
    return out;
  }

  static RootcheckConfig build(SectionValues v) {
    Set<RootcheckConfig.Check> on = EnumSet.noneOf(RootcheckConfig.Check.class);
    CHECKS.forEach((c, key) -> {
      if (v.get(key)) {
        on.add(c);
      }
    });
    return new RootcheckConfig(v.get(DISABLED), v.get(FREQUENCY), v.find(ROOTKIT_FILES),
        v.find(ROOTKIT_TROJANS), v.all(SYSTEM_AUDIT), v.find(WINDOWS_AUDIT), v.find(WINDOWS_APPS),
        v.find(WINDOWS_MALWARE), v.get(SCANALL), v.get(READALL), v.get(SKIP_NFS),
        v.find(BASE_DIRECTORY), v.all(IGNORE), on);
  }
}
