package org.osprey.transport.codec;

/**
 * The receive-side anti-replay rule of one key (spec §3.7 step 6). Not thread-safe: one owner per key.
 */
public final class ReplayGuard {
  /** What the guard decided. */
  public enum Verdict {
    ACCEPT,
    /** Same global counter, local not above the stored one: "Duplicated counter". */
    DUPLICATE,
    /** Global counter below the stored one. */
    OLD
  }

  private final boolean verify;
  private Counter last;

  /**
   * @param last the pair stored for this key ({@code queue/rids/<id>})
   * @param verify false when {@code remoted.verify_msg_id=0}: everything passes and overwrites
   */
  public ReplayGuard(Counter last, boolean verify) {
    this.last = last;
    this.verify = verify;
  }

  /** Checks {@code c} and, when accepted, makes it the stored pair. */
  public Verdict check(Counter c) {
    if (!verify || c.compareTo(last) > 0) {
      last = c;
      return Verdict.ACCEPT;
    }
    return c.global() == last.global() ? Verdict.DUPLICATE : Verdict.OLD;
  }

  /** The stored pair. */
  public Counter last() {
    return last;
  }

  /** Replaces the stored pair (after an admin reset of the rids file). */
  public void reset(Counter c) {
    last = c;
  }
}
