package org.osprey.log;

/** The levels OSSEC's daemons write into ossec.log, spelled as OSSEC spells them. */
public enum LogLevel {
  DEBUG("DEBUG"),
  INFO("INFO"),
  /** OSSEC writes {@code WARN}, not {@code WARNING}. */
  WARN("WARN"),
  ERROR("ERROR"),
  CRITICAL("CRITICAL");

  private final String text;

  LogLevel(String text) {
    this.text = text;
  }

  /** The word written into the log line. */
  public String text() {
    return text;
  }
}
