package org.osprey.config;

/** A transport protocol of {@code <remote>} and {@code <syslog_output>}. */
public enum Protocol {
  UDP,
  TCP
}
