package org.osprey.transport.authd;

/** Enrolment failed: the manager refused, went away, or sent something that is not a valid key. */
public final class EnrolmentException extends Exception {
  private static final long serialVersionUID = 1L;

  public EnrolmentException(String message) {
    super(message);
  }

  public EnrolmentException(String message, Throwable cause) {
    super(message, cause);
  }
}
