package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/** A compiled PCRE2 element, matched per byte (Latin-1 chars) on one engine. */
final class RegexPattern extends CompiledPattern {
  private final Runner runner;

  RegexPattern(Dialect dialect, String source, Engine engine, String note, Runner runner) {
    super(dialect, source, engine, note);
    this.runner = runner;
  }

  @Override
  public long abortedSearches() {
    return runner.aborted();
  }

  @Override
  public boolean test(CharSequence subject) {
    return runner.find(subject, 0, null) >= 0;
  }

  @Override
  public int find(CharSequence subject, int from, @Nullable Captures captures) {
    if (captures != null) {
      captures.clear();
    }
    if (from < 0 || from > subject.length()) {
      throw new IndexOutOfBoundsException(from);
    }
    return runner.find(subject, from, captures);
  }
}
