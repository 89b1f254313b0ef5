package org.osprey.agent.logcollector.formats;

import org.jspecify.annotations.Nullable;

/**
 * {@code audit}: auditd's records of one event, which share the {@code msg=audit(<time>:<serial>)}
 * id, joined with single spaces into one event ({@code read_audit.c}). A record with another id, or a
 * pause in the file, ends the event; at most {@value #MAX_RECORDS} records are kept per event.
 * A line that is not {@code type=... msg=audit(...): ...} is reported and skipped, and ends the
 * event being built, as in OSSEC.
 */
final class Audit implements RecordFormat {
  static final int MAX_RECORDS = 16;

  private final FormatContext ctx;
  private final String file;
  private final Joiner event;
  private String id = "";
  private boolean fullReported;

  Audit(FormatContext ctx, String file) {
    this.ctx = ctx;
    this.file = file;
    this.event = new Joiner(ctx.maxLength());
  }

  @Override
  public void line(String s, Emitter out) throws InterruptedException {
    String lineId = id(s);
    if (lineId == null) {
      ctx.warn().accept("Discarding audit message because of invalid syntax in '" + file + "'.");
      flush(out);
      return;
    }
    if (!lineId.equals(id)) {
      flush(out);
      id = lineId;
      event.add(s);
      return;
    }
    if (event.parts() >= MAX_RECORDS) {
      if (!fullReported) {
        ctx.warn().accept("Discarding audit message because the event has more than "
            + MAX_RECORDS + " records, in '" + file + "'.");
        fullReported = true;
      }
      return;
    }
    event.add(s);
  }

  /** The event id of {@code type=X msg=audit(ID): ...}, or null when the line is not like that. */
  static @Nullable String id(String s) {
    if (!s.startsWith("type=")) {
      return null;
    }
    int msg = s.indexOf("msg=audit(", 5);
    if (msg < 0) {
      return null;
    }
    int start = msg + "msg=audit(".length();
    int end = s.indexOf("): ", start);
    return end < 0 ? null : s.substring(start, end);
  }

  private void flush(Emitter out) throws InterruptedException {
    id = "";
    fullReported = false;
    if (!event.isEmpty()) {
      out.emit('1', event.take());
    }
  }

  @Override
  public boolean holding() {
    return !event.isEmpty();
  }

  @Override
  public void endOfData(Emitter out) throws InterruptedException {
    flush(out);
  }
}
