package org.osprey.agent.logcollector.files;

/**
 * Splits a byte stream into lines at {@code \n}, whatever the chunks it arrives in. A line is handed
 * on only once its newline has been seen, without the newline; bytes are not decoded, so any
 * encoding passes through. A line longer than the maximum is cut: its first {@code maxLength} bytes
 * are handed on with the line's full length, and the rest is skipped, so memory stays bounded by
 * the maximum whatever the input.
 *
 * <p>A line that lies wholly inside one chunk is handed on from the chunk itself (no copy); only a
 * line that spans chunks is gathered in a buffer of at most {@code maxLength} bytes, allocated on
 * first need. Not thread-safe. If the sink throws, the splitter must be {@link #reset} before use.
 */
public final class LineSplitter {

  /** Where complete lines go. */
  @FunctionalInterface
  public interface Sink {
    /**
     * One complete line.
     *
     * @param bytes holds the line; valid only during the call
     * @param offset where the line starts in {@code bytes}
     * @param length bytes kept, at most the maximum
     * @param fullLength the line's real length (more than {@code length} when it was cut)
     * @param consumed how many bytes of the current chunk are used up to and including this line's
     *     newline
     */
    void line(byte[] bytes, int offset, int length, long fullLength, int consumed)
        throws InterruptedException;
  }

  private final int maxLength;
  private byte[] carry = new byte[0];
  private int carried;
  private long skipped;

  /** @param maxLength the longest line handed on whole, at least 1 */
  public LineSplitter(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maximum line length must be at least 1: " + maxLength);
    }
    this.maxLength = maxLength;
  }

  /** The longest line handed on whole. */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Takes the next {@code length} bytes of the stream and hands every line they complete to
   * {@code sink}, in order.
   *
   * @return the number of lines handed on
   */
  public int feed(byte[] chunk, int offset, int length, Sink sink) throws InterruptedException {
    int end = offset + length;
    int i = offset;
    int lines = 0;
    while (i < end) {
      int nl = indexOfNewline(chunk, i, end);
      if (nl < 0) {
        hold(chunk, i, end - i);
        break;
      }
      int segment = nl - i;
      int consumed = nl + 1 - offset;
      if (carried == 0 && skipped == 0) {
        sink.line(chunk, i, Math.min(segment, maxLength), segment, consumed);
      } else {
        long full = carried + skipped + segment;
        hold(chunk, i, segment);
        int kept = carried;
        carried = 0;
        skipped = 0;
        sink.line(carry, 0, kept, full, consumed);
      }
      lines++;
      i = nl + 1;
    }
    return lines;
  }

  /**
   * The stream ended: hands on the incomplete last line, if there is one, as a line (its
   * {@code consumed} is 0).
   *
   * @return 1 if a line was handed on, else 0
   */
  public int finish(Sink sink) throws InterruptedException {
    if (carried == 0 && skipped == 0) {
      return 0;
    }
    long full = carried + skipped;
    int kept = carried;
    carried = 0;
    skipped = 0;
    sink.line(carry, 0, kept, full, 0);
    return 1;
  }

  /** Bytes of the current, incomplete line seen so far (kept and skipped). */
  public long pendingBytes() {
    return carried + skipped;
  }

  /** Forgets the incomplete line, as after a truncation or a failed sink. */
  public void reset() {
    carried = 0;
    skipped = 0;
  }

  private void hold(byte[] chunk, int from, int n) {
    int keep = Math.min(n, maxLength - carried);
    if (keep > 0) {
      if (carry.length < carried + keep) {
        byte[] bigger = new byte[Math.min(maxLength, Math.max(carried + keep, carry.length * 2 + 64))];
        System.arraycopy(carry, 0, bigger, 0, carried);
        carry = bigger;
      }
      System.arraycopy(chunk, from, carry, carried, keep);
      carried += keep;
    }
    skipped += n - keep;
  }

  private static int indexOfNewline(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
