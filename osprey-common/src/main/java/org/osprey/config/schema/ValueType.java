package org.osprey.config.schema;

/**
 * How the text of an element or attribute becomes a value.
 *
 * @param <T> the parsed value
 */
public interface ValueType<T> {

  /**
   * Parses {@code text}, which is already stripped of surrounding whitespace unless {@link
   * #keepsWhitespace()} is true.
   */
  T parse(String text) throws InvalidValueException;

  /** What is accepted, in a few words that follow "expected": {@code a number 1-9999}. */
  String describe();

  /** Whether the text is used exactly as written, surrounding whitespace included. */
  default boolean keepsWhitespace() {
    return false;
  }

  /** How a value (a default) is written in the documentation. */
  default String show(T value) {
    return String.valueOf(value);
  }
}
