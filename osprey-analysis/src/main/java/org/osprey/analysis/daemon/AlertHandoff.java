package org.osprey.analysis.daemon;

import org.osprey.analysis.event.Event;
import org.osprey.analysis.rule.Rule;

/**
 * Where analysisd hands an alert to the daemons that act on it: maild (alerts with the mail flag) and
 * execd / remoted (active responses bound to the rule). Implementations come with those daemons and
 * are found with {@link java.util.ServiceLoader}; each is called in alert order, from the in-order
 * stage, and must not block it (queue the work). Until such a daemon exists nothing is handed over,
 * and the alert is still in alerts.log and alerts.json.
 */
public interface AlertHandoff {

  /**
   * An alert was written.
   *
   * @param e the event
   * @param rule the rule that fired
   * @param alertId the alert's id ({@code <epoch>.<alertId>} in alerts.log)
   * @param mail whether the rule asks for e-mail (level at or above {@code email_alert_level}, or
   *     {@code alert_by_email}); maild applies its own filters on top
   */
  void alert(Event e, Rule rule, long alertId, boolean mail);
}
