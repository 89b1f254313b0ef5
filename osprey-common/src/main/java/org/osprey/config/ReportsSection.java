package org.osprey.config;

import static org.osprey.config.schema.Types.oneOf;
import static org.osprey.config.schema.Types.optionalText;
import static org.osprey.config.schema.Types.text;
import static org.osprey.config.schema.Types.yesNo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.config.schema.Entry;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <reports>} and builds {@link ReportConfig}. */
final class ReportsSection {
  static final String UNNAMED = "OSSEC Report (unnamed)";

  static final Key<String> TITLE = Key.of("title", text(), "The report's title.")
      .defaultValue(UNNAMED);
  static final Key<String> TYPE = Key.of("type", oneOf("email"),
      "How the report is delivered.").defaultValue("email");
  static final Key<String> FREQUENCY = Key.of("frequency", optionalText(),
      "Accepted for compatibility; reports are daily.");
  static final Key<Boolean> SHOWLOGS = Key.of("showlogs", yesNo(),
      "Include the alerts' log lines.").defaultValue(false);
  static final Key<String> CATEGORY = Key.of("category", text(),
      "Cover alerts of this group (same as group).").asRepeatable();
  static final Key<String> GROUP = filter("group", "Cover alerts of this group.");
  static final Key<String> RULE = filter("rule", "Cover alerts of this rule id.");
  static final Key<String> LEVEL = filter("level", "Cover alerts of this level or above.");
  static final Key<String> LOCATION = filter("location", "Cover alerts from this location.");
  static final Key<String> SRCIP = filter("srcip", "Cover alerts with this source address.");
  static final Key<String> USER = filter("user", "Cover alerts with this user name.");
  static final Key<String> EMAIL_TO = Key.of("email_to", ConfigTypes.email(),
      "A recipient; repeat for more.").asRequired().asRepeatable();

  static final Section SECTION = Section.listed("reports",
      "A daily alert summary that monitord mails (manager and local installs).",
      TITLE, TYPE, FREQUENCY, SHOWLOGS, CATEGORY, GROUP, RULE, LEVEL, LOCATION, SRCIP, USER,
      EMAIL_TO);

  private ReportsSection() {}

  private static Key<String> filter(String name, String doc) {
    Key<String> relation = Key.of("type", oneOf("relation"),
        "relation: relate this field to the others instead of filtering on it.");
    return Key.of(name, text(), doc).attributes(relation).asRepeatable();
  }

  static @Nullable ReportConfig build(SectionValues v) {
    List<String> to = v.all(EMAIL_TO);
    if (to.isEmpty()) {
      return null;
    }
    List<ReportConfig.Filter> filters = new ArrayList<>();
    for (Entry e : v.entries()) {
      ReportConfig.Field f = field(e.key());
      if (f != null) {
        String value = clean((String) e.value());
        filters.add(new ReportConfig.Filter(f, value, !e.attributes().isEmpty()));
      }
    }
    return new ReportConfig(v.get(TITLE), v.get(SHOWLOGS), filters, to, v.source(), v.line());
  }

  private static ReportConfig.@Nullable Field field(Key<?> k) {
    if (k == GROUP || k == CATEGORY) {
      return ReportConfig.Field.GROUP;
    } else if (k == RULE) {
      return ReportConfig.Field.RULE;
    } else if (k == LEVEL) {
      return ReportConfig.Field.LEVEL;
    } else if (k == LOCATION) {
      return ReportConfig.Field.LOCATION;
    } else if (k == SRCIP) {
      return ReportConfig.Field.SRCIP;
    } else if (k == USER) {
      return ReportConfig.Field.USER;
    }
    return null;
  }

  private static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.';
      b.append(keep ? c : '-');
    }
    return b.toString();
  }
}
