package org.osprey.agent.logcollector.formats;

/**
 * One line, one event, unchanged: syslog, generic, snort-fast, apache, iis, squid and syslog-pipe
 * ({@code read_syslog.c}). Empty lines are sent too, as OSSEC does on Unix.
 */
final class SingleLine implements RecordFormat {
  @Override
  public void line(String line, Emitter out) throws InterruptedException {
    out.emit('1', line);
  }
}
