package org.osprey.agent.logcollector.formats;

import org.jspecify.annotations.Nullable;

/**
 * {@code modsec-audit}: ModSecurity's serial audit log, where one transaction runs from its
 * {@code --<id>-A--} marker to its {@code --<id>-Z--} marker; its lines are joined with single spaces
 * into one event ({@code read_modsec_audit.c}). Section markers count only with the transaction's
 * own id, so a request body holding {@code --evil-Z--} cannot end or forge an event. A transaction
 * of more than {@value #MAX_LINES} lines is reported and dropped; an unfinished one is held until
 * its Z marker arrives.
 */
final class ModsecAudit implements RecordFormat {
  static final int MAX_LINES = 96;
  private static final int MAX_ID = 63;

  private final FormatContext ctx;
  private final String file;
  private final Joiner txn;
  private @Nullable String id;

  ModsecAudit(FormatContext ctx, String file) {
    this.ctx = ctx;
    this.file = file;
    this.txn = new Joiner(ctx.maxLength());
  }

  /** A section marker {@code --<id>-<X>--}: its id and section letter. */
  record Marker(String id, char section) {}

  /** The marker on {@code line}, or null when it is not one. */
  static @Nullable Marker marker(String line) {
    if (!line.startsWith("--")) {
      return null;
    }
    int i = 2;
    while (i < line.length() && i - 2 <= MAX_ID && isIdChar(line.charAt(i))) {
      i++;
    }
    int idLength = i - 2;
    if (idLength == 0 || idLength > MAX_ID) {
      return null;
    }
    // "-X--" and then the end of the line (or a CR).
    if (i + 4 > line.length() || line.charAt(i) != '-' || line.charAt(i + 2) != '-'
        || line.charAt(i + 3) != '-') {
      return null;
    }
    if (i + 4 < line.length() && line.charAt(i + 4) != '\r') {
      return null;
    }
    return new Marker(line.substring(2, i), line.charAt(i + 1));
  }

  private static boolean isIdChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  @Override
  public void line(String s, Emitter out) throws InterruptedException {
    if (s.isEmpty() && txn.isEmpty()) {
      return;
    }
    Marker m = marker(s);
    if (m != null && m.section() == 'A' && txn.isEmpty()) {
      id = m.id();
      txn.add(s);
      return;
    }
    if (id == null) {
      return; // noise outside a transaction
    }
    if (txn.parts() >= MAX_LINES) {
      ctx.warn().accept("ModSecurity audit entry exceeded " + MAX_LINES
          + " lines; discarding event from '" + file + "'.");
      txn.clear();
      id = null;
      return;
    }
    txn.add(s);
    if (m != null && m.section() == 'Z' && m.id().equals(id)) {
      id = null;
      out.emit('1', txn.take());
    }
  }

  @Override
  public boolean holding() {
    return !txn.isEmpty();
  }
}
