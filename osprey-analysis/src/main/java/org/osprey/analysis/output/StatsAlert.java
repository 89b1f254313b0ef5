package org.osprey.analysis.output;

import java.util.Objects;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.rule.Rule;

/**
 * An alert raised by the hourly statistics, to be written like any alert.
 *
 * @param event a copy of the event that went over the average, its full log replaced by the message
 * @param rule internal rule 11
 */
public record StatsAlert(Event event, Rule rule) {
  public StatsAlert {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(rule, "rule");
  }
}
