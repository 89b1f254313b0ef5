package org.osprey.config;

import java.util.List;
import java.util.Objects;

/**
 * One {@code <reports>}: a daily summary of alerts that monitord mails.
 *
 * @param title the report's title
 * @param showLogs whether the alerts' log lines are included
 * @param filters what the report covers and what it relates, in order
 * @param emailTo the recipients
 * @param source the file it was written in
 * @param line its line
 */
public record ReportConfig(
    String title, boolean showLogs, List<Filter> filters, List<String> emailTo, String source, int line) {

  public ReportConfig {
    Objects.requireNonNull(title, "title");
    filters = List.copyOf(filters);
    emailTo = List.copyOf(emailTo);
    Objects.requireNonNull(source, "source");
  }

  /** An alert field a report filters or relates on. */
  public enum Field {
    GROUP,
    RULE,
    LEVEL,
    LOCATION,
    SRCIP,
    USER
  }

  /**
   * One filter.
   *
   * @param field the alert field
   * @param value the value, with characters other than letters, digits, '-', '_' and '.' replaced
   *     by '-' as OSSEC does
   * @param related whether the field is related to others ({@code type="relation"}) rather than
   *     filtered on
   */
  public record Filter(Field field, String value, boolean related) {
    public Filter {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }
  }
}
