package org.osprey.analysis.decoder;

/** Where a decoder's regex (or prematch) starts searching. */
public enum Offset {
  /** The whole log. */
  NONE,
  /** After the parent's prematch (or, on a top-level decoder, after its own prematch). */
  AFTER_PARENT,
  /** After this decoder's own prematch. */
  AFTER_PREMATCH,
  /** After the previous regex of a multi-regex chain. */
  AFTER_REGEX
}
