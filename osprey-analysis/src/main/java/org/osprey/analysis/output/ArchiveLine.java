package org.osprey.analysis.output;

import org.osprey.analysis.event.Event;

/**
 * One archives.log line (spec §9.3): {@code YYYY Mon DD HH:MM:SS host->location full_log}. Events
 * from the location {@code ossec-keepalive} (or {@code ...->ossec-keepalive}) are not archived.
 */
public final class ArchiveLine {
  private ArchiveLine() {}

  /** Whether OSSEC archives events from {@code location}. */
  public static boolean archived(String location) {
    return !location.equals("ossec-keepalive") && !location.contains("->ossec-keepalive");
  }

  /** Appends the line and its newline; false (and nothing appended) for keepalive locations. */
  public static boolean format(Event e, StringBuilder out) {
    if (!archived(e.location())) {
      return false;
    }
    LogHeader.append(e, out);
    out.append(' ').append(e.fullLog()).append('\n');
    return true;
  }
}
