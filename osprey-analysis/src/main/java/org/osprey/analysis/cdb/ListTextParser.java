package org.osprey.analysis.cdb;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a text list the way OSSEC 4.3.0's {@code ossec-makelists} does ({@code Lists_OP_MakeCDB},
 * src/analysisd/lists_make.c), on bytes:
 *
 * <ol>
 *   <li>the file is read in pieces of at most {@link #MAX_PIECE} bytes, each ending after a newline
 *       ({@code fgets} into OSSEC's 6144-byte buffer), so a longer line is read as several lines;
 *   <li>a piece ends at its first NUL, {@code \r} or {@code \n} (a lone {@code \r} mid-line cuts the
 *       rest);
 *   <li>from the first {@code ###} on, the piece is a comment, and spaces and tabs just before it go too;
 *   <li>an empty piece is skipped; so is one without {@code :};
 *   <li>the key is everything before the first {@code :} and the value everything after it, nothing
 *       trimmed: {@code " a b :x"} has the key {@code " a b "}; {@code "key:"} has an empty value and
 *       {@code ":v"} an empty key.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class ListTextParser {
  /** {@code fgets(str, OS_MAXSTR - 1, fp)} with {@code OS_MAXSTR} 6144 reads at most 6142 bytes. */
  static final int MAX_PIECE = 6142;

  private static final byte[] COMMENT = {'#', '#', '#'};

  /** Receives what the parser finds. */
  interface Handler {
    /** A {@code key:value} entry, in file order. */
    void entry(byte[] key, byte[] value) throws IOException;

    /** A non-empty line (1-based) without {@code :}, which OSSEC skips silently. */
    void skipped(int line);
  }

  private ListTextParser() {}

  static void parse(InputStream in, Handler handler) throws IOException {
    byte[] buf = new byte[64 * 1024];
    int pos = 0;
    int lim = 0;
    byte[] piece = new byte[MAX_PIECE];
    int line = 1;
    while (true) {
      int n = 0;
      boolean newline = false;
      while (n < MAX_PIECE && !newline) {
        if (pos == lim) {
          lim = in.read(buf, 0, buf.length);
          pos = 0;
          if (lim <= 0) {
            lim = 0;
            break;
          }
        }
        byte b = buf[pos++];
        piece[n++] = b;
        newline = b == '\n';
      }
      if (n == 0) {
        return;
      }
      handle(piece, n, line, handler);
      if (newline) {
        line++;
      }
    }
  }

  private static void handle(byte[] piece, int n, int line, Handler handler) throws IOException {
    int end = n;
    for (int i = 0; i < n; i++) {
      byte b = piece[i];
      if (b == 0 || b == '\r' || b == '\n') {
        end = i;
        break;
      }
    }
    int comment = indexOf(piece, end, COMMENT);
    if (comment >= 0) {
      end = comment;
      while (end > 0 && (piece[end - 1] == ' ' || piece[end - 1] == '\t')) {
        end--;
      }
    }
    if (end == 0) {
      return;
    }
    int colon = -1;
    for (int i = 0; i < end; i++) {
      if (piece[i] == ':') {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      handler.skipped(line);
      return;
    }
    handler.entry(Arrays.copyOfRange(piece, 0, colon), Arrays.copyOfRange(piece, colon + 1, end));
  }

  private static int indexOf(byte[] a, int end, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= end; i++) {
      for (int j = 0; j < what.length; j++) {
        if (a[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
