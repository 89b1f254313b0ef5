package org.osprey.transport.codec;

/**
 * Input that is not a valid message of the agent channel. Never retriable: the same bytes fail the same
 * way. The receiver drops the datagram and counts it under {@link #reason()}.
 */
public final class CodecException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the input was refused; each has a counter. */
  public enum Reason {
    /** Too short, too long, or no cipher tag. */
    FRAMING,
    /** The {@code !id!} header is malformed. */
    HEADER,
    /** Decryption failed: wrong key, or a length the cipher cannot have. */
    DECRYPT,
    /** Not zlib, or inflates beyond the limit. */
    COMPRESSION,
    /** The md5 inside does not match. */
    CHECKSUM,
    /** The counter fields are malformed. */
    FORMAT,
    /** OSSEC's pre-2.0 uncompressed format, which Osprey does not accept. */
    LEGACY,
    /** A payload too large to send. */
    TOO_LARGE
  }

  private final Reason reason;

  public CodecException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
