package org.osprey.analysis.cdb;

import java.io.IOException;

/**
 * A file that is not a well-formed cdb: too short for the header, or a hash table or record that
 * points outside the file. The message names the file and the byte offset where the problem was
 * seen. Not retriable: the file must be rebuilt ({@code osprey makelists -F}).
 */
public final class CdbFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long offset;
  private final String reason;

  public CdbFormatException(String file, long offset, String reason) {
    super(file + ": offset " + offset + ": " + reason);
    this.file = file;
    this.offset = offset;
    this.reason = reason;
  }

  /** The file (or label) that was read. */
  public String file() {
    return file;
  }

  /** The byte offset in the file where the problem was found. */
  public long offset() {
    return offset;
  }

  /** The reason alone, without file and offset. */
  public String reason() {
    return reason;
  }
}
