package org.osprey.agent.logcollector.json;

/** Text that is not one JSON value, with where the parser stopped. */
public final class JsonParseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int position;

  public JsonParseException(String message, int position) {
    super(message + " at position " + position);
    this.position = position;
  }

  /** The index of the character where the text stopped being JSON. */
  public int position() {
    return position;
  }
}
