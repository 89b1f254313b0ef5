package org.osprey.config;

/** The {@code <log_format>} values of {@code <localfile>}. */
public enum LogFormat {
  SYSLOG("syslog"),
  GENERIC("generic"),
  SNORT_FULL("snort-full"),
  SNORT_FAST("snort-fast"),
  APACHE("apache"),
  IIS("iis"),
  SQUID("squid"),
  NMAPG("nmapg"),
  MYSQL_LOG("mysql_log"),
  OSSECALERT("ossecalert"),
  MSSQL_LOG("mssql_log"),
  POSTGRESQL_LOG("postgresql_log"),
  DJB_MULTILOG("djb-multilog"),
  SYSLOG_PIPE("syslog-pipe"),
  COMMAND("command"),
  FULL_COMMAND("full_command"),
  AUDIT("audit"),
  MODSEC_AUDIT("modsec-audit"),
  JOURNALD("journald"),
  /** Osprey's (as Wazuh's): one JSON object per line; labels are added as members. */
  JSON("json"),
  MULTI_LINE_INDENTED("multi-line_indented"),
  /** {@code multi-line:N}: every N lines make one event. */
  MULTI_LINE("multi-line"),
  EVENTLOG("eventlog"),
  EVENTCHANNEL("eventchannel");

  private final String id;

  LogFormat(String id) {
    this.id = id;
  }

  /** The name written in ossec.conf. */
  public String id() {
    return id;
  }

  /** Whether the location is a command to run rather than a file to follow. */
  public boolean runsCommand() {
    return this == COMMAND || this == FULL_COMMAND;
  }
}
