package org.osprey.config;

import static org.osprey.config.schema.Types.flag;
import static org.osprey.config.schema.Types.oneOf;
import static org.osprey.config.schema.Types.pattern;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.ProblemSink;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <email_alerts>} and builds {@link EmailAlertsConfig}. */
final class EmailAlertsSection {
  static final Key<String> EMAIL_TO = Key.of("email_to", ConfigTypes.email(),
      "The recipient.").asRequired();
  static final Key<Integer> LEVEL = Key.of("level", ConfigTypes.level(),
      "The lowest alert level that matches.").defaultValue(0);
  static final Key<List<Integer>> RULE_ID = Key.of("rule_id", ConfigTypes.ruleIds(),
      "Rule ids that match, separated by commas.");
  static final Key<String> GROUP = Key.of("group", pattern("OS_Match"),
      "A pattern on the alert's groups.");
  static final Key<String> EVENT_LOCATION = Key.of("event_location", pattern("OS_Match"),
      "A pattern on where the event came from (agent, file).");
  static final Key<String> FORMAT = Key.of("format", oneOf("default", "full", "sms"),
      "full (default) or sms, a short message for pagers.").defaultValue("default");
  static final Key<Boolean> DO_NOT_DELAY = Key.of("do_not_delay", flag(),
      "Send matching alerts at once instead of waiting to group them.").defaultValue(false);
  static final Key<Boolean> DO_NOT_GROUP = Key.of("do_not_group", flag(),
      "Send each matching alert in its own e-mail.").defaultValue(false);

  static final Section SECTION = Section.listed("email_alerts",
      "Extra recipients for the alerts that match every filter given (maild).",
      EMAIL_TO, LEVEL, RULE_ID, GROUP, EVENT_LOCATION, FORMAT, DO_NOT_DELAY, DO_NOT_GROUP);

  private EmailAlertsSection() {}

  static @Nullable EmailAlertsConfig build(SectionValues v, ProblemSink problems) {
    String to = v.find(EMAIL_TO);
    if (to == null) {
      return null;
    }
    boolean sms = v.get(FORMAT).equals("sms");
    int level = v.get(LEVEL);
    List<Integer> ids = v.has(RULE_ID) ? v.get(RULE_ID) : List.of();
    boolean noDelay = v.get(DO_NOT_DELAY);
    boolean noGroup = v.get(DO_NOT_GROUP);
    if (level == 0 && ids.isEmpty() && !v.has(GROUP) && !v.has(EVENT_LOCATION) && !sms
        && !noDelay && !noGroup) {
      problems.report(v.source(), v.line(), "invalid <email_alerts>: it needs a filter (<level>, "
          + "<rule_id>, <group>, <event_location>) or a format option besides <email_to>");
      return null;
    }
    return new EmailAlertsConfig(to, level, ids, v.find(GROUP), v.find(EVENT_LOCATION), sms,
        noDelay, noGroup, v.source(), v.line());
  }
}
