package org.osprey.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code <syscheck>}: file integrity monitoring (syscheckd) and how analysisd treats its events.
 *
 * @param disabled whether syscheck is off
 * @param frequency the time between two scans
 * @param scanTime the time of day scans start, or null
 * @param scanDays the days scans run on (empty: every day)
 * @param scanOnStart whether a scan runs at start
 * @param skipNfs whether network file systems are skipped
 * @param autoIgnore whether analysisd stops alerting on files that keep changing
 * @param alertNewFiles whether analysisd alerts on new files
 * @param prefilterCmd a command run on each file before it is hashed (prelink), or null
 * @param directories what is watched, one entry per path, in order
 * @param windowsRegistry Windows registry keys watched
 * @param ignore files and directories not checked
 * @param registryIgnore registry keys not checked
 * @param nodiff files checked but never reported as a diff
 */
public record SyscheckConfig(
    boolean disabled,
    Duration frequency,
    @Nullable LocalTime scanTime,
    Set<DayOfWeek> scanDays,
    boolean scanOnStart,
    boolean skipNfs,
    boolean autoIgnore,
    boolean alertNewFiles,
    @Nullable String prefilterCmd,
    List<WatchedDirectory> directories,
    List<String> windowsRegistry,
    List<PathFilter> ignore,
    List<PathFilter> registryIgnore,
    List<PathFilter> nodiff) {

  public SyscheckConfig {
    Objects.requireNonNull(frequency, "frequency");
    scanDays = Set.copyOf(scanDays);
    directories = List.copyOf(directories);
    windowsRegistry = List.copyOf(windowsRegistry);
    ignore = List.copyOf(ignore);
    registryIgnore = List.copyOf(registryIgnore);
    nodiff = List.copyOf(nodiff);
  }
}
