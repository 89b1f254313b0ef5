package org.osprey.analysis.pattern;

/** What every pattern compiled onto a regex engine reports about itself. */
abstract class CompiledPattern implements OsPattern {
  private final Dialect dialect;
  private final String source;
  private final Engine engine;
  private final String note;
  private @org.jspecify.annotations.Nullable String requiredPrefix;

  CompiledPattern(Dialect dialect, String source, Engine engine, String note) {
    this.dialect = dialect;
    this.source = source;
    this.engine = engine;
    this.note = note;
  }

  /** Set once by the compiler, before the pattern is handed out. */
  final void requiredPrefix(@org.jspecify.annotations.Nullable String prefix) {
    this.requiredPrefix = prefix;
  }

  @Override
  public final @org.jspecify.annotations.Nullable String requiredPrefix() {
    return requiredPrefix;
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
