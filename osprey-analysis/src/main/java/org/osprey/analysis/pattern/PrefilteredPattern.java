package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/**
 * A compiled pattern behind cheap necessary conditions: its {@link Prefilter} (the engine runs only
 * when a required literal is there) and, for a start-anchored pattern, its required prefix (a
 * subject that does not start with it at the search start cannot match).
 */
final class PrefilteredPattern implements OsPattern {
  private final OsPattern pattern;
  private final @Nullable Prefilter prefilter;
  private final @Nullable String prefix;

  PrefilteredPattern(OsPattern pattern, @Nullable Prefilter prefilter) {
    this.pattern = pattern;
    this.prefilter = prefilter;
    this.prefix = pattern.requiredPrefix();
  }

  @Nullable Prefilter prefilter() {
    return prefilter;
  }

  /**
   * True when the subject, at {@code from}, surely does not start with the required prefix. A
   * non-ASCII character there leaves it to the engine (in UTF mode it can fold to an ASCII one).
   */
  private boolean prefixFails(CharSequence s, int from) {
    String p = prefix;
    if (p == null) {
      return false;
    }
    int n = p.length();
    for (int i = 0; i < n; i++) {
      int at = from + i;
      if (at >= s.length()) {
        return true;
      }
      char c = s.charAt(at);
      if (c >= 0x80) {
        return false;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != p.charAt(i)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Dialect dialect() {
    return pattern.dialect();
  }

  @Override
  public String source() {
    return pattern.source();
  }

  @Override
  public Engine engine() {
    return pattern.engine();
  }

  @Override
  public String engineNote() {
    return pattern.engineNote();
  }

  @Override
  public @Nullable String requiredPrefix() {
    return pattern.requiredPrefix();
  }

  @Override
  public long abortedSearches() {
    return pattern.abortedSearches();
  }

  @Override
  public boolean test(CharSequence subject) {
    if (prefixFails(subject, 0)) {
      return false;
    }
    Prefilter f = prefilter;
    if (f != null) {
      int c = f.check(subject, 0);
      if (c == Prefilter.ABSENT) {
        return false;
      }
      if (c == Prefilter.FOUND && f.decides()) {
        return true;
      }
    }
    return pattern.test(subject);
  }

  @Override
  public int find(CharSequence subject, int from, @Nullable Captures captures) {
    if (from >= 0 && from <= subject.length() && (prefixFails(subject, from)
        || (prefilter != null && !prefilter.mayMatch(subject, from)))) {
      if (captures != null) {
        captures.clear();
      }
      return -1;
    }
    return pattern.find(subject, from, captures);
  }

  @Override
  public String toString() {
    return pattern.toString();
  }
}
