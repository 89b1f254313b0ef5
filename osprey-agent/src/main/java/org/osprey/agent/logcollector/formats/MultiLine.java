package org.osprey.agent.logcollector.formats;

/**
 * {@code multi-line:N}: every N lines make one event, joined with single spaces
 * ({@code read_multiline.c}). Unlike OSSEC, a record whose lines arrive in different reads is kept
 * whole instead of being dropped.
 */
final class MultiLine implements RecordFormat {
  private final int lines;
  private final Joiner record;

  MultiLine(int lines, int maxLength) {
    if (lines < 1) {
      throw new IllegalArgumentException("multi-line needs at least 1 line: " + lines);
    }
    this.lines = lines;
    this.record = new Joiner(maxLength);
  }

  @Override
  public void line(String line, Emitter out) throws InterruptedException {
    record.add(line);
    if (record.parts() == lines) {
      out.emit('1', record.take());
    }
  }

  @Override
  public boolean holding() {
    return !record.isEmpty();
  }
}
