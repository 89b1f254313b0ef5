package org.osprey.analysis.internal;

import java.util.Objects;
import org.osprey.analysis.pattern.OsPattern;

/** A {@code <syscheck><ignore>} entry as analysisd applies it to incoming file names. */
public sealed interface SyscheckIgnore {

  /** Whether events about {@code file} are dropped. */
  boolean ignores(String file);

  /**
   * A plain entry: the file name starts with it, ASCII letters compared without case (OSSEC's
   * {@code strncasecmp(entry, file, strlen(entry))}). An empty entry ignores everything, as in OSSEC.
   */
  record Prefix(String prefix) implements SyscheckIgnore {
    public Prefix {
      Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public boolean ignores(String file) {
      if (file.length() < prefix.length()) {
        return false;
      }
      for (int i = 0; i < prefix.length(); i++) {
        if (lower(prefix.charAt(i)) != lower(file.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static char lower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }

  /** A {@code type="sregex"} entry: the pattern matches somewhere in the file name. */
  record Pattern(OsPattern pattern) implements SyscheckIgnore {
    public Pattern {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public boolean ignores(String file) {
      return pattern.test(file);
    }
  }
}
