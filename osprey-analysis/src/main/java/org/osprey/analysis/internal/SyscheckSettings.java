package org.osprey.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.pattern.PatternException;
import org.osprey.analysis.pattern.Patterns;
import org.osprey.config.ConfigException;
import org.osprey.config.PathFilter;
import org.osprey.config.Problem;
import org.osprey.config.SyscheckConfig;

/**
 * What analysisd takes from the manager's {@code <syscheck>} section.
 *
 * @param autoIgnore {@code <auto_ignore>}: after a file's third change, further changes are silent
 * @param alertNewFiles {@code <alert_new_files>}: files not yet in the database raise an alert
 * @param ignores {@code <ignore>} entries: events about these files are dropped
 */
public record SyscheckSettings(boolean autoIgnore, boolean alertNewFiles,
    List<SyscheckIgnore> ignores) {

  public SyscheckSettings {
    ignores = List.copyOf(ignores);
  }

  /** OSSEC's defaults: auto-ignore on, no alerts for new files, nothing ignored. */
  public static SyscheckSettings defaults() {
    return new SyscheckSettings(true, false, List.of());
  }

  /**
   * The settings of {@code config}, or {@link #defaults()} when there is no {@code <syscheck>}.
   * A {@code type="sregex"} entry is an OS_Match pattern, as syscheckd and the configuration
   * reference read it (OSSEC's analysisd itself ignores the attribute and compares the text as a
   * prefix, which never matches a pattern written for syscheckd).
   *
   * @throws ConfigException listing every pattern that does not compile, with its file and line
   */
  public static SyscheckSettings from(@Nullable SyscheckConfig config) throws ConfigException {
    if (config == null) {
      return defaults();
    }
    List<SyscheckIgnore> ignores = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (PathFilter f : config.ignore()) {
      if (!f.pattern()) {
        ignores.add(new SyscheckIgnore.Prefix(f.value()));
        continue;
      }
      try {
        ignores.add(new SyscheckIgnore.Pattern(Patterns.osMatch(f.value())));
      } catch (PatternException e) {
        problems.add(new Problem(f.source(), f.line(),
            "invalid <ignore type=\"sregex\"> pattern '" + f.value() + "': " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new SyscheckSettings(config.autoIgnore(), config.alertNewFiles(), ignores);
  }

  /** Whether an event about {@code file} is dropped by an {@code <ignore>} entry. */
  public boolean ignores(String file) {
    for (SyscheckIgnore i : ignores) {
      if (i.ignores(file)) {
        return true;
      }
    }
    return false;
  }
}
