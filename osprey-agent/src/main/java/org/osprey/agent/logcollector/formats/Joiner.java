package org.osprey.agent.logcollector.formats;

/** Joins the lines of a record with single spaces, keeping at most a maximum of bytes. */
final class Joiner {
  private final int max;
  private final StringBuilder b = new StringBuilder();
  private int parts;

  Joiner(int max) {
    this.max = max;
  }

  /** Appends {@code text}, after a space unless it is the first part. */
  void add(String text) {
    if (parts++ > 0) {
      append(" ");
    }
    append(text);
  }

  /** Appends {@code text} as it is. */
  void append(String text) {
    int room = max - b.length();
    if (room > 0) {
      b.append(text, 0, Math.min(room, text.length()));
    }
  }

  boolean isEmpty() {
    return parts == 0;
  }

  int parts() {
    return parts;
  }

  /** The joined text; the joiner is empty afterwards. */
  String take() {
    String s = b.toString();
    b.setLength(0);
    parts = 0;
    return s;
  }

  void clear() {
    b.setLength(0);
    parts = 0;
  }
}
