package org.osprey.analysis.pattern;

/**
 * A pattern OSSEC would refuse at load (invalid escape, bad syntax, too long). The message says why;
 * the caller adds the file and line. Not retriable.
 */
public final class PatternException extends Exception {
  private static final long serialVersionUID = 1L;

  public PatternException(String message) {
    super(message);
  }

  public PatternException(String message, Throwable cause) {
    super(message, cause);
  }
}
