package org.osprey.config;

import static org.osprey.config.schema.Types.list;
import static org.osprey.config.schema.Types.oneOf;
import static org.osprey.config.schema.Types.path;
import static org.osprey.config.schema.Types.pattern;
import static org.osprey.config.schema.Types.seconds;
import static org.osprey.config.schema.Types.text;
import static org.osprey.config.schema.Types.timeOfDay;
import static org.osprey.config.schema.Types.weekdays;
import static org.osprey.config.schema.Types.yesNo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osprey.config.schema.Entry;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.ProblemSink;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <syscheck>} and builds {@link SyscheckConfig}. */
final class SyscheckSection {
  private static final Set<FileCheck> ALL = EnumSet.allOf(FileCheck.class);

  static final Key<Boolean> CHECK_ALL = check("check_all", "Record everything: all hashes, size, owner, group and permissions.");
  static final Key<Boolean> CHECK_SUM = check("check_sum", "Record the MD5 and SHA-1 sums.");
  static final Key<Boolean> CHECK_MD5SUM = check("check_md5sum", "Record the MD5 sum.");
  static final Key<Boolean> CHECK_SHA1SUM = check("check_sha1sum", "Record the SHA-1 sum.");
  static final Key<Boolean> CHECK_SHA256SUM = check("check_sha256sum", "Record the SHA-256 sum (on unless turned off).");
  static final Key<Boolean> CHECK_SIZE = check("check_size", "Record the size.");
  static final Key<Boolean> CHECK_OWNER = check("check_owner", "Record the owner.");
  static final Key<Boolean> CHECK_GROUP = check("check_group", "Record the group.");
  static final Key<Boolean> CHECK_PERM = check("check_perm", "Record the permissions.");
  static final Key<Boolean> REALTIME = check("realtime", "Watch for changes as they happen (inotify), not only at scans.");
  static final Key<Boolean> REPORT_CHANGES = check("report_changes", "Report what changed in text files, as a diff.");
  static final Key<Boolean> NO_RECURSE = check("no_recurse", "Do not descend into subdirectories.");
  static final Key<String> RESTRICT = Key.of("restrict", pattern("OS_Match"),
      "Only check files whose names match this pattern.");
  static final Key<List<String>> DIRECTORIES = Key.of("directories", list(path(), ",", 64, false),
      "Comma-separated files or directories to watch, with the options given as attributes.")
      .attributes(CHECK_ALL, CHECK_SUM, CHECK_MD5SUM, CHECK_SHA1SUM, CHECK_SHA256SUM, CHECK_SIZE,
          CHECK_OWNER, CHECK_GROUP, CHECK_PERM, REALTIME, REPORT_CHANGES, NO_RECURSE, RESTRICT)
      .asRepeatable();
  static final Key<List<String>> WINDOWS_REGISTRY = Key.of("windows_registry",
      list(text(), ",", 64, false), "Comma-separated Windows registry keys to watch.")
      .asRepeatable();
  static final Key<Duration> FREQUENCY = Key.of("frequency", seconds(0, Integer.MAX_VALUE),
      "Time between two scans.").defaultValue(Duration.ofSeconds(600));
  static final Key<LocalTime> SCAN_TIME = Key.of("scan_time", timeOfDay(),
      "Start scans at this time of day.");
  static final Key<Set<DayOfWeek>> SCAN_DAY = Key.of("scan_day", weekdays(),
      "Run scans on these days only.");
  static final Key<String> IGNORE_TYPE = filterType();
  static final Key<String> IGNORE = Key.of("ignore", text(),
      "A file or directory not to check; with type=\"sregex\", a pattern.")
      .attributes(IGNORE_TYPE).asRepeatable();
  static final Key<String> REGISTRY_IGNORE_TYPE = filterType();
  static final Key<String> REGISTRY_IGNORE = Key.of("registry_ignore", text(),
      "A registry key not to check; with type=\"sregex\", a pattern.")
      .attributes(REGISTRY_IGNORE_TYPE).asRepeatable();
  static final Key<String> NODIFF_TYPE = filterType();
  static final Key<String> NODIFF = Key.of("nodiff", text(),
      "A file that is checked but whose changes are never shown as a diff (secrets).")
      .attributes(NODIFF_TYPE).asRepeatable();
  static final Key<Boolean> AUTO_IGNORE = Key.of("auto_ignore", yesNo(),
      "Stop alerting on a file after it changed three times.").defaultValue(true);
  static final Key<Boolean> ALERT_NEW_FILES = Key.of("alert_new_files", yesNo(),
      "Alert when a new file appears.").defaultValue(false);
  static final Key<Boolean> DISABLED = Key.of("disabled", yesNo(),
      "Turn file integrity checking off.").defaultValue(false);
  static final Key<Boolean> SCAN_ON_START = Key.of("scan_on_start", yesNo(),
      "Scan as soon as syscheck starts.").defaultValue(true);
  static final Key<String> PREFILTER_CMD = Key.of("prefilter_cmd", text(),
      "A command each file goes through before hashing (such as prelink -y).");
  static final Key<Boolean> SKIP_NFS = Key.of("skip_nfs", yesNo(),
      "Skip network file systems (NFS, CIFS).").defaultValue(false);

  static final Section SECTION = Section.merged("syscheck",
      "File integrity monitoring: what syscheckd watches and when it scans.",
      DIRECTORIES, WINDOWS_REGISTRY, FREQUENCY, SCAN_TIME, SCAN_DAY, IGNORE, REGISTRY_IGNORE,
      NODIFF, AUTO_IGNORE, ALERT_NEW_FILES, DISABLED, SCAN_ON_START, PREFILTER_CMD, SKIP_NFS);

  private SyscheckSection() {}

  private static Key<Boolean> check(String name, String doc) {
    return Key.of(name, yesNo(), doc).defaultNote("unset");
  }

  private static Key<String> filterType() {
    return Key.of("type", oneOf("sregex"), "sregex: the value is an OS_Match pattern.");
  }

  static SyscheckConfig build(SectionValues v, ProblemSink problems) {
    List<WatchedDirectory> dirs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Entry e : v.entries(DIRECTORIES)) {
      if (e.attributes().isEmpty()) {
        problems.report(e.source(), e.line(), "no option given for <directories>: '"
            + String.join(",", e.value(DIRECTORIES)) + "' (add check_all=\"yes\" or a check_* attribute)");
        continue;
      }
      Set<FileCheck> checks = EnumSet.of(FileCheck.SHA256);
      boolean realtime = false;
      boolean report = false;
      boolean recurse = true;
      String restrict = null;
      for (Map.Entry<Key<?>, Object> a : e.attributes().entrySet()) {
        Key<?> k = a.getKey();
        if (k == RESTRICT) {
          restrict = (String) a.getValue();
          continue;
        }
        boolean on = (Boolean) a.getValue();
        if (k == REALTIME) {
          realtime = on;
        } else if (k == REPORT_CHANGES) {
          report = on;
        } else if (k == NO_RECURSE) {
          recurse = !on;
        } else {
          apply(checks, on, checksOf(k));
        }
      }
      for (String path : e.value(DIRECTORIES)) {
        if (!seen.add(path)) {
          problems.report(e.source(), e.line(), "duplicated directory in <directories>: '" + path + "'");
          continue;
        }
        dirs.add(new WatchedDirectory(path, checks, realtime, report, recurse, restrict,
            e.source(), e.line()));
      }
    }
    List<String> registry = new ArrayList<>();
    v.all(WINDOWS_REGISTRY).forEach(registry::addAll);
    return new SyscheckConfig(v.get(DISABLED), v.get(FREQUENCY), v.find(SCAN_TIME),
        v.has(SCAN_DAY) ? v.get(SCAN_DAY) : Set.of(), v.get(SCAN_ON_START), v.get(SKIP_NFS),
        v.get(AUTO_IGNORE), v.get(ALERT_NEW_FILES), v.find(PREFILTER_CMD), dirs, registry,
        filters(v, IGNORE, IGNORE_TYPE), filters(v, REGISTRY_IGNORE, REGISTRY_IGNORE_TYPE),
        filters(v, NODIFF, NODIFF_TYPE));
  }

  private static Set<FileCheck> checksOf(Key<?> k) {
    if (k == CHECK_ALL) {
      return ALL;
    } else if (k == CHECK_SUM) {
      return EnumSet.of(FileCheck.MD5, FileCheck.SHA1);
    } else if (k == CHECK_MD5SUM) {
      return EnumSet.of(FileCheck.MD5);
    } else if (k == CHECK_SHA1SUM) {
      return EnumSet.of(FileCheck.SHA1);
    } else if (k == CHECK_SHA256SUM) {
      return EnumSet.of(FileCheck.SHA256);
    } else if (k == CHECK_SIZE) {
      return EnumSet.of(FileCheck.SIZE);
    } else if (k == CHECK_OWNER) {
      return EnumSet.of(FileCheck.OWNER);
    } else if (k == CHECK_GROUP) {
      return EnumSet.of(FileCheck.GROUP);
    }
    return EnumSet.of(FileCheck.PERMISSIONS);
  }

  private static void apply(Set<FileCheck> checks, boolean on, Set<FileCheck> which) {
    if (on) {
      checks.addAll(which);
    } else {
      checks.removeAll(which);
    }
  }

  private static List<PathFilter> filters(SectionValues v, Key<String> key, Key<String> type) {
    List<PathFilter> out = new ArrayList<>();
    for (Entry e : v.entries(key)) {
      out.add(new PathFilter(e.value(key), e.has(type), e.source(), e.line()));
    }
    return out;
  }
}
