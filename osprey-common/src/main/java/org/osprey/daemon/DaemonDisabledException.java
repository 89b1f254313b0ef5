package org.osprey.daemon;

/**
 * Thrown by {@link Daemon#start} when the configuration turns the daemon off (authd without
 * {@code <auth><disabled>no</disabled>}, for example). The supervisor then leaves it out without calling it
 * a failure: {@code ossec-control} says it is disabled instead of "Started", and status does not count it
 * as down.
 */
public final class DaemonDisabledException extends Exception {
  private static final long serialVersionUID = 1L;

  /** @param reason what turns it off, e.g. {@code <auth> has <disabled>yes</disabled>} */
  public DaemonDisabledException(String reason) {
    super(reason, null, false, false);
  }
}
