package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/** One compiled regex on one engine, searching a text from an offset. Thread-safe. */
interface Runner {

  /**
   * Searches {@code text[from..]} as if it were the whole subject (anchors and lookbehind see no
   * further back than {@code from}); returns the end of the match or -1. Fills {@code captures}
   * (compacted) when it is not null.
   */
  int find(CharSequence text, int from, @Nullable Captures captures);

  /** Searches that gave up on the work budget or the stack, counted as no match. */
  long aborted();
}
