package org.osprey.cli;

/** Wrong arguments to a command; the message says what is expected. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
