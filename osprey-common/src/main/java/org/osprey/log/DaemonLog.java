package org.osprey.log;

/**
 * The ossec.log logger of one daemon: every line it writes starts with the daemon's OSSEC name.
 *
 * @param log the shared ossec.log
 * @param daemon the daemon name, e.g. {@code ossec-logcollector}
 */
public record DaemonLog(OssecLog log, String daemon) {
  public DaemonLog {
    if (daemon.isBlank()) {
      throw new IllegalArgumentException("daemon name is blank");
    }
  }

  public void debug(String text) {
    log.write(daemon, LogLevel.DEBUG, text);
  }

  public void info(String text) {
    log.write(daemon, LogLevel.INFO, text);
  }

  public void warn(String text) {
    log.write(daemon, LogLevel.WARN, text);
  }

  public void error(String text) {
    log.write(daemon, LogLevel.ERROR, text);
  }

  public void critical(String text) {
    log.write(daemon, LogLevel.CRITICAL, text);
  }
}
