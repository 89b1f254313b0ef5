package org.osprey.analysis.pattern;

/**
 * A text that counts how often the JDK's matcher reads it, and stops the search once a budget is
 * spent. Reading a character is the unit of backtracking work, so the budget bounds the time of any
 * search, however the pattern backtracks. One instance per thread, reused.
 */
final class BudgetedText implements CharSequence {
  /** Thrown to abandon a search; shared, without a stack trace. */
  static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Exhausted INSTANCE = new Exhausted();

    private Exhausted() {
      super("regex work budget exhausted", null, false, false);
    }
  }

  /** The fixed part of the budget. */
  static final long BASE = 100_000;

  /** The budget per character searched. */
  static final long PER_CHAR = 1_000;

  private CharSequence text = "";
  private long remaining;

  /** Points at {@code text} with a budget for searching its last {@code searched} characters. */
  void reset(CharSequence newText, int searched) {
    reset(newText, BASE + PER_CHAR * searched);
  }

  /** Points at {@code text} with a budget of {@code reads} character reads. */
  void reset(CharSequence newText, long reads) {
    this.text = newText;
    this.remaining = reads;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    if (--remaining < 0) {
      throw Exhausted.INSTANCE;
    }
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
