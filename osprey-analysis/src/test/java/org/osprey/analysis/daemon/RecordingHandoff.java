package org.osprey.analysis.daemon;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.rule.Rule;

/** A test-only hand-off (registered in META-INF/services) that records the alerts it is given. */
public final class RecordingHandoff implements AlertHandoff {
  static final List<String> SEEN = new CopyOnWriteArrayList<>();

  @Override
  public void alert(Event e, Rule rule, long alertId, boolean mail) {
    SEEN.add(alertId + " " + rule.id() + (mail ? " mail" : ""));
  }
}
