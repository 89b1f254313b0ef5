package org.osprey.xml;

/** A file that OSSEC's XML reader would refuse, with the place and the reason. Not retriable. */
public final class XmlParseException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int line;
  private final String reason;

  public XmlParseException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** The file name (or another label for the input). */
  public String source() {
    return source;
  }

  /** The 1-based line where the problem was found. */
  public int line() {
    return line;
  }

  /** The reason alone, without the place. */
  public String reason() {
    return reason;
  }
}
