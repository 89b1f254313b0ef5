package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/** A compiled PCRE2 element, matched per byte (Latin-1 chars) on one engine. */
final class RegexPattern implements OsPattern {
  private final Dialect dialect;
  private final String source;
  private final Engine engine;
  private final String note;
  private final Runner runner;

  RegexPattern(Dialect dialect, String source, Engine engine, String note, Runner runner) {
    this.dialect = dialect;
    this.source = source;
    this.engine = engine;
    this.note = note;
    this.runner = runner;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public Engine engine() {
    return engine;
  }

  @Override
  public String engineNote() {
    return note;
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
