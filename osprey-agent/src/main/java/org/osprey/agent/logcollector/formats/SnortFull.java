package org.osprey.agent.logcollector.formats;

/**
 * {@code snort-full}: Snort's multi-line alerts rebuilt on one line ({@code read_snortfull.c}).
 * A record is the {@code [**] [gid:sid:rev] ...} line, then the {@code [Classification: ...]}
 * line (or, for preprocessor alerts, {@code [Classification: Preprocessor] [Priority: 3]} is put
 * in its place), then the date line, whose text after the timestamp ends the event. Lines outside
 * a record (packet dumps, blank lines) are skipped; a line that breaks a record is reported and the
 * record dropped.
 */
final class SnortFull implements RecordFormat {
  private static final String PREPROCESSOR = "[Classification: Preprocessor] [Priority: 3] ";

  private enum State { IDLE, HEADER, CLASSIFIED }

  private final Joiner record;
  private final FormatContext ctx;
  private final String file;
  private State state = State.IDLE;

  SnortFull(FormatContext ctx, String file) {
    this.ctx = ctx;
    this.file = file;
    this.record = new Joiner(ctx.maxLength());
  }

  @Override
  public void line(String line, Emitter out) throws InterruptedException {
    switch (state) {
      case IDLE -> {
        if (line.startsWith("[**] [")) {
          record.append(line);
          state = State.HEADER;
        }
      }
      case HEADER -> {
        if (line.startsWith("[Classification:")) {
          record.append(line);
          state = State.CLASSIFIED;
        } else if (line.startsWith("[Priority:")) {
          record.append(PREPROCESSOR);
          state = State.CLASSIFIED;
        } else if (isDateLine(line)) {
          record.append(PREPROCESSOR);
          finish(line, out);
        } else {
          bad();
        }
      }
      case CLASSIFIED -> {
        if (isDateLine(line)) {
          finish(line, out);
        } else {
          bad();
        }
      }
    }
  }

  /** {@code 01/13-15:15:15.123456 10.0.0.1 -> 10.0.0.2}: month/day-time, a space, the rest. */
  private static boolean isDateLine(String line) {
    return line.length() > 5 && line.charAt(2) == '/' && line.charAt(5) == '-'
        && line.indexOf(' ') >= 0;
  }

  private void finish(String dateLine, Emitter out) throws InterruptedException {
    record.append(dateLine.substring(dateLine.indexOf(' ') + 1));
    state = State.IDLE;
    out.emit('1', record.take());
  }

  private void bad() {
    ctx.warn().accept("Bad formatted snort full file: '" + file + "'; record dropped.");
    record.clear();
    state = State.IDLE;
  }

  @Override
  public boolean holding() {
    return state != State.IDLE;
  }
}
