package org.osprey.analysis.pattern;

/** What every pattern compiled onto a regex engine reports about itself. */
abstract class CompiledPattern implements OsPattern {
  private final Dialect dialect;
  private final String source;
  private final Engine engine;
  private final String note;

  CompiledPattern(Dialect dialect, String source, Engine engine, String note) {
    this.dialect = dialect;
    this.source = source;
    this.engine = engine;
    this.note = note;
  }

  @Override
  public final Dialect dialect() {
    return dialect;
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public final Engine engine() {
    return engine;
  }

  @Override
  public final String engineNote() {
    return note;
  }
}
