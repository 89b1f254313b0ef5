package org.osprey.agent.logcollector.formats;

/**
 * Records that start with a timestamped header line and go on with continuation lines, joined with
 * single spaces (continuations keep their leading blanks, as in OSSEC): {@code postgresql_log}
 * ({@code read_postgresql_log.c}: {@code [2007-08-31 19:17:32.186 ADT] ...} headers, tab-indented
 * continuations, queue {@code b}) and {@code mssql_log} ({@code read_mssql_log.c}:
 * {@code 2009-03-25 04:47:30.01 Server ...} headers, any continuation, queue {@code 1}). The next
 * header or a pause in the file ends a record; lines before the first header are skipped.
 */
final class HeaderedRecords implements RecordFormat {

  /** postgresql_log. */
  static HeaderedRecords postgresql(int maxLength) {
    return new HeaderedRecords('b', maxLength, true);
  }

  /** mssql_log. */
  static HeaderedRecords mssql(int maxLength) {
    return new HeaderedRecords('1', maxLength, false);
  }

  private final char queue;
  private final boolean postgres;
  private final Joiner record;

  private HeaderedRecords(char queue, int maxLength, boolean postgres) {
    this.queue = queue;
    this.postgres = postgres;
    this.record = new Joiner(maxLength);
  }

  @Override
  public void line(String s, Emitter out) throws InterruptedException {
    if (postgres ? isPostgresHeader(s) : isMssqlHeader(s)) {
      flush(out);
      record.add(s);
    } else if (s.length() >= 2 && !record.isEmpty() && (!postgres || s.charAt(0) == '\t')) {
      record.add(s);
    }
  }

  /** {@code [2007-08-31 19:17:32.186 ADT] 192.168.2.99:db_name}. */
  private static boolean isPostgresHeader(String s) {
    return s.length() >= 32 && s.charAt(0) == '[' && s.charAt(5) == '-' && s.charAt(8) == '-'
        && s.charAt(11) == ' ' && s.charAt(14) == ':' && s.charAt(17) == ':'
        && MysqlLog.digits(s, 1, 2) && MysqlLog.digits(s, 12, 13);
  }

  /** {@code 2009-03-25 04:47:30.01 Server}. */
  private static boolean isMssqlHeader(String s) {
    return s.length() >= 19 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == ' '
        && s.charAt(13) == ':' && s.charAt(16) == ':' && MysqlLog.digits(s, 0, 4);
  }

  private void flush(Emitter out) throws InterruptedException {
    if (!record.isEmpty()) {
      out.emit(queue, record.take());
    }
  }

  @Override
  public boolean holding() {
    return !record.isEmpty();
  }

  @Override
  public void endOfData(Emitter out) throws InterruptedException {
    flush(out);
  }
}
