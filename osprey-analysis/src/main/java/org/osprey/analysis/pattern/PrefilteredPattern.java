package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/** A compiled pattern behind its {@link Prefilter}: the engine runs only when a literal is there. */
final class PrefilteredPattern implements OsPattern {
  private final OsPattern pattern;
  private final Prefilter prefilter;

  PrefilteredPattern(OsPattern pattern, Prefilter prefilter) {
    this.pattern = pattern;
    this.prefilter = prefilter;
  }

  Prefilter prefilter() {
    return prefilter;
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
    int c = prefilter.check(subject, 0);
    if (c == Prefilter.ABSENT) {
      return false;
    }
    if (c == Prefilter.FOUND && prefilter.decides()) {
      return true;
    }
    return pattern.test(subject);
  }

  @Override
  public int find(CharSequence subject, int from, @Nullable Captures captures) {
    if (from >= 0 && from <= subject.length() && !prefilter.mayMatch(subject, from)) {
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
