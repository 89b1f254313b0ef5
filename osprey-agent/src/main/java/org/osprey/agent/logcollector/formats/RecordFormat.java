package org.osprey.agent.logcollector.formats;

/**
 * How one log format turns lines into events: a small state machine fed one complete line at a
 * time (without its newline, bytes as Latin-1 chars). Formats whose records span lines hold them
 * until the record ends; {@link #holding} says so, and the reader keeps its saved position at the
 * start of the held record, so a restart rebuilds it instead of losing or repeating it. One instance
 * follows one file. Not thread-safe.
 */
public interface RecordFormat {

  /** Takes the next line, sending any events it completes. */
  void line(String line, Emitter out) throws InterruptedException;

  /** True while lines already taken are held in an unfinished record. */
  default boolean holding() {
    return false;
  }

  /**
   * The file has had no new data for a moment. Formats whose records OSSEC ends at the end of
   * each read (audit, postgresql_log, mssql_log, multi-line_indented) send the held record; the
   * others keep waiting for the line that ends it.
   */
  default void endOfData(Emitter out) throws InterruptedException {}
}
