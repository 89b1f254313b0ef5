package org.osprey.agent.logcollector.formats;

import java.util.Map;
import org.osprey.config.LogFormat;

/** Makes the {@link RecordFormat} of a log format for one file. */
public final class Formats {
  private Formats() {}

  /** Whether logcollector reads files of {@code format} (commands, journald and Windows logs are read otherwise). */
  public static boolean readsFiles(LogFormat format) {
    return switch (format) {
      case COMMAND, FULL_COMMAND, JOURNALD, EVENTLOG, EVENTCHANNEL, OSSECALERT -> false;
      default -> true;
    };
  }

  /**
   * A fresh format state machine for {@code file}.
   *
   * @param multiLineCount N of {@code multi-line:N}
   * @param labels added to json events
   * @throws IllegalArgumentException when {@code file} cannot be read in this format (a
   *     djb-multilog file not named {@code .../<program>/current}), or the format does not read
   *     files
   */
  public static RecordFormat create(
      LogFormat format, int multiLineCount, Map<String, String> labels, String file,
      FormatContext ctx) {
    int max = ctx.maxLength();
    return switch (format) {
      case SYSLOG, GENERIC, SNORT_FAST, APACHE, IIS, SQUID, SYSLOG_PIPE -> new SingleLine();
      case SNORT_FULL -> new SnortFull(ctx, file);
      case NMAPG -> new Nmapg(ctx, file);
      case MYSQL_LOG -> new MysqlLog();
      case POSTGRESQL_LOG -> HeaderedRecords.postgresql(max);
      case MSSQL_LOG -> HeaderedRecords.mssql(max);
      case DJB_MULTILOG -> new DjbMultilog(ctx, file);
      case AUDIT -> new Audit(ctx, file);
      case MODSEC_AUDIT -> new ModsecAudit(ctx, file);
      case JSON -> new JsonLines(ctx, file, labels);
      case MULTI_LINE -> new MultiLine(multiLineCount, max);
      case MULTI_LINE_INDENTED -> new MultiLineIndented(max);
      case COMMAND, FULL_COMMAND, JOURNALD, EVENTLOG, EVENTCHANNEL, OSSECALERT ->
          throw new IllegalArgumentException("log format " + format.id() + " does not read files");
    };
  }
}
