package org.osprey.analysis.daemon;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.engine.Analyzer;
import org.osprey.analysis.internal.InternalDecoders;
import org.osprey.analysis.load.Ruleset;

/**
 * One loaded ruleset with its analyzer and state. A reload builds a new one and the pipeline switches
 * to it between batches.
 *
 * @param ruleset the decoders, rules and lists
 * @param analyzer the pipeline steps over them, with their state
 * @param internal the syscheck/rootcheck/hostinfo decoders and their databases, or null
 */
public record AnalysisEngine(Ruleset ruleset, Analyzer analyzer,
    @Nullable InternalDecoders internal) {

  public AnalysisEngine(Ruleset ruleset, Analyzer analyzer) {
    this(ruleset, analyzer, null);
  }

  /** Releases what the engine holds open (database files); called once it is no longer used. */
  public void close() {
    if (internal != null) {
      try {
        internal.close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot close the syscheck/rootcheck databases", e);
      }
    }
  }
}
