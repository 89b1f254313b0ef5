package org.osprey.config.schema;

/** A value that its {@link ValueType} refuses; the message says what was expected instead. */
public final class InvalidValueException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param expected what would have been accepted, phrased to follow the word "expected"
   */
  public InvalidValueException(String expected) {
    super(expected);
  }

  /** What would have been accepted. */
  public String expected() {
    return getMessage();
  }
}
