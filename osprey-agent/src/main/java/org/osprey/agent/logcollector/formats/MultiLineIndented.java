package org.osprey.agent.logcollector.formats;

/**
 * {@code multi-line_indented}: a line and the indented lines after it make one event, joined with
 * single spaces; the continuation lines keep their indentation, as in OSSEC
 * ({@code read_multiline_indented.c}). An empty line ends the record, as does the next line that
 * is not indented, or a pause in the file.
 */
final class MultiLineIndented implements RecordFormat {
  private final Joiner record;

  MultiLineIndented(int maxLength) {
    this.record = new Joiner(maxLength);
  }

  @Override
  public void line(String line, Emitter out) throws InterruptedException {
    if (line.isEmpty() || line.charAt(0) == '\r') {
      flush(out);
      return;
    }
    boolean indented = line.charAt(0) == ' ' || line.charAt(0) == '\t';
    if (indented && line.length() >= 2 && !record.isEmpty()) {
      record.add(line);
      return;
    }
    flush(out);
    record.add(line);
  }

  private void flush(Emitter out) throws InterruptedException {
    if (!record.isEmpty()) {
      out.emit('1', record.take());
    }
  }

  @Override
  public boolean holding() {
    return !record.isEmpty();
  }

  @Override
  public void endOfData(Emitter out) throws InterruptedException {
    flush(out);
  }
}
