package org.osprey.config;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <email_alerts>}: extra recipients for the alerts that match its filters.
 *
 * @param emailTo the recipient
 * @param level the lowest level that matches (0: any)
 * @param ruleIds the rule ids that match (empty: any)
 * @param group an OS_Match pattern on the alert's groups, or null
 * @param eventLocation an OS_Match pattern on the alert's location, or null
 * @param sms whether a short (SMS) message is sent instead of the full one
 * @param doNotDelay whether matching alerts are sent at once
 * @param doNotGroup whether matching alerts are sent one per e-mail
 * @param source the file it was written in
 * @param line its line
 */
public record EmailAlertsConfig(
    String emailTo,
    int level,
    List<Integer> ruleIds,
    @Nullable String group,
    @Nullable String eventLocation,
    boolean sms,
    boolean doNotDelay,
    boolean doNotGroup,
    String source,
    int line) {

  public EmailAlertsConfig {
    Objects.requireNonNull(emailTo, "emailTo");
    ruleIds = List.copyOf(ruleIds);
    Objects.requireNonNull(source, "source");
  }
}
