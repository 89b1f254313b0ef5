package org.osprey.transport.authd;

/** A certificate, key or TLS setting cannot be used. Not retriable: someone has to fix the files or flags. */
public final class TlsException extends Exception {
  private static final long serialVersionUID = 1L;

  public TlsException(String message) {
    super(message);
  }

  public TlsException(String message, Throwable cause) {
    super(message, cause);
  }
}
