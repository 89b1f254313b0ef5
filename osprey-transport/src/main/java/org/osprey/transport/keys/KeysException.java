package org.osprey.transport.keys;

/**
 * client.keys cannot be used: unreadable, or an entry with an invalid IP (OSSEC exits on that). Not
 * retriable until someone fixes the file.
 */
public class KeysException extends Exception {
  private static final long serialVersionUID = 1L;

  public KeysException(String message) {
    super(message);
  }

  public KeysException(String message, Throwable cause) {
    super(message, cause);
  }
}
