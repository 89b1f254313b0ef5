package org.osprey.analysis.daemon;

import org.osprey.analysis.engine.Analyzer;
import org.osprey.analysis.load.Ruleset;

/**
 * One loaded ruleset with its analyzer and state. A reload builds a new one and the pipeline switches
 * to it between batches.
 *
 * @param ruleset the decoders, rules and lists
 * @param analyzer the pipeline steps over them, with their state
 */
public record AnalysisEngine(Ruleset ruleset, Analyzer analyzer) {}
