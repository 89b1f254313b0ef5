package org.osprey.analysis.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.FileChange;

/**
 * The alert texts of syscheck events (spec ossec-protocol §6.3), with OSSEC's buffer limits: the
 * file name is cut at 756 characters, each detail line at 255 ({@code OS_FLSIZE}) and the whole
 * text at 6143 ({@code OS_MAXSTR}). maild and csyslogd re-parse these texts.
 */
final class SyscheckText {
  static final int MAX_NAME = 756;
  static final int MAX_DETAIL = 255;
  static final int MAX_TEXT = 6143;

  private SyscheckText() {}

  /** An alert text and the file attributes OSSEC records with it. */
  record Report(String text, @Nullable FileChange change) {}

  static Report deleted(String file) {
    return new Report(cut("File '" + name(file) + "' was deleted. Unable to retrieve checksum.",
        MAX_TEXT), null);
  }

  static Report readded(String file) {
    return new Report(cut("File '" + name(file) + "' was re-added.", MAX_TEXT), null);
  }

  /** {@code New file '...' added to the file system.} with its hashes ({@code Unknown} if none). */
  static Report newFile(String file, String sum) {
    List<String> t = Checksums.tokens(sum);
    String md5 = t.size() > 4 ? t.get(4) : "Unknown";
    String sha1 = t.size() > 5 ? t.get(5) : "Unknown";
    String sha256 = t.size() > 6 ? t.get(6) : null;
    String text = "New file '" + name(file) + "' added to the file system.\n"
        + detail("New sha1sum is : '" + sha1 + "'\n")
        + detail("New md5sum is : '" + md5 + "'\n")
        + (sha256 == null ? "" : detail("New sha256sum is : '" + sha256 + "'\n"));
    return new Report(cut(text, MAX_TEXT), FileChange.hashesAfter(md5, sha1, sha256));
  }

  /**
   * {@code Integrity checksum changed for: '...'} followed by a line for each attribute that
   * differs, and the diff after {@code What changed:} when the message had one.
   */
  static Report changed(String file, String oldSum, String newSum, @Nullable String diff) {
    List<List<String>> pair = Checksums.splitPair(oldSum, newSum);
    List<String> o = pair.get(0);
    List<String> n = pair.get(1);
    int fields = o.size();
    StringBuilder b = new StringBuilder(256);
    b.append("Integrity checksum changed for: '").append(name(file)).append("'\n");

    String sizeBefore = null;
    String sizeAfter = null;
    if (!o.get(Checksums.SIZE).equals(n.get(Checksums.SIZE))) {
      sizeBefore = o.get(Checksums.SIZE);
      sizeAfter = n.get(Checksums.SIZE);
      b.append(detail("Size changed from '" + sizeBefore + "' to '" + sizeAfter + "'\n"));
    }

    int permBefore = 0;
    int permAfter = 0;
    if (fields > Checksums.PERM) {
      int op = Permissions.atoi(o.get(Checksums.PERM));
      int np = Permissions.atoi(n.get(Checksums.PERM));
      if (op != np && op > 0 && np > 0) {
        permBefore = op;
        permAfter = np;
        b.append(detail("Permissions changed from '" + Permissions.lsStyle(o.get(Checksums.PERM))
            + "' to '" + Permissions.lsStyle(n.get(Checksums.PERM)) + "'\n"));
      }
    }

    String[] owner = differs(o, n, Checksums.UID, false);
    if (owner != null) {
      b.append(detail("Ownership was '" + owner[0] + "', now it is '" + owner[1] + "'\n"));
    }
    String[] group = differs(o, n, Checksums.GID, false);
    if (group != null) {
      b.append(detail("Group ownership was '" + group[0] + "', now it is '" + group[1] + "'\n"));
    }
    String[] md5 = hash(b, o, n, Checksums.MD5, "md5");
    String[] sha1 = hash(b, o, n, Checksums.SHA1, "sha1");
    String[] sha256 = hash(b, o, n, Checksums.SHA256, "sha256");
    if (diff != null) {
      b.append("What changed:\n").append(diff);
    }
    FileChange change = new FileChange(sizeBefore, sizeAfter, permBefore, permAfter,
        owner == null ? null : owner[0], owner == null ? null : owner[1],
        group == null ? null : group[0], group == null ? null : group[1],
        md5 == null ? null : md5[0], md5 == null ? null : md5[1],
        sha1 == null ? null : sha1[0], sha1 == null ? null : sha1[1],
        sha256 == null ? null : sha256[0], sha256 == null ? null : sha256[1]);
    return new Report(cut(b.toString(), MAX_TEXT), change);
  }

  private static String @Nullable [] hash(StringBuilder b, List<String> o, List<String> n, int at,
      String label) {
    String[] h = differs(o, n, at, true);
    if (h != null) {
      b.append(detail("Old " + label + "sum was: '" + h[0] + "'\nNew " + label + "sum is : '"
          + h[1] + "'\n"));
    }
    return h;
  }

  /** The old and new field {@code at} when both sums have it and they differ, else null. */
  private static String @Nullable [] differs(List<String> o, List<String> n, int at,
      boolean skipPlaceholders) {
    if (o.size() <= at) {
      return null;
    }
    String a = o.get(at);
    String b = n.get(at);
    if (a.equals(b)) {
      return null;
    }
    if (skipPlaceholders && (Checksums.placeholder(a) || Checksums.placeholder(b))) {
      return null;
    }
    return new String[] {a, b};
  }

  private static String name(String file) {
    return cut(file, MAX_NAME);
  }

  private static String detail(String line) {
    return cut(line, MAX_DETAIL);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
