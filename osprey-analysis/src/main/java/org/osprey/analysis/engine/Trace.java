package org.osprey.analysis.engine;

import org.osprey.analysis.rule.Rule;

/** Receives the rule walk, for logtest's {@code -v} output. */
public interface Trace {
  void trying(Rule rule);

  void matched(Rule rule);

  void tryingChildren();
}
