package org.osprey.analysis.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Syscheck checksums, {@code size:perm:uid:gid:md5:sha1[:sha256]} (or {@code -1} for a deleted
 * file), compared as OSSEC's {@code fim_sum_op.c} and {@code syscheck.c} compare them.
 */
final class Checksums {
  /** Field positions. */
  static final int SIZE = 0;
  static final int PERM = 1;
  static final int UID = 2;
  static final int GID = 3;
  static final int MD5 = 4;
  static final int SHA1 = 5;
  static final int SHA256 = 6;

  private Checksums() {}

  /** Whether {@code sum} is the deleted-file checksum (OSSEC tests only its first two bytes). */
  static boolean deleted(String sum) {
    return sum.startsWith("-1");
  }

  /**
   * Whether a hash is OSSEC's "not computed" placeholder: empty, or {@code xxx} alone or followed
   * by {@code :}.
   */
  static boolean placeholder(String hash) {
    return hash.isEmpty()
        || (hash.startsWith("xxx") && (hash.length() == 3 || hash.charAt(3) == ':'));
  }

  /**
   * Whether {@code oldSum} to {@code newSum} is a change worth an alert: any difference in size,
   * permissions, owner or group, or in a hash both sides have and neither has as {@code xxx}. A 6-
   * against a 7-field checksum compares only the first six. Either side with fewer than six fields
   * (a deletion) or 512 characters or more is a change whenever the texts differ.
   */
  static boolean realChange(String oldSum, String newSum) {
    if (oldSum.equals(newSum)) {
      return false;
    }
    if (oldSum.length() >= 512 || newSum.length() >= 512) {
      return true;
    }
    List<String> o = split(oldSum, 8);
    List<String> n = split(newSum, 8);
    if (o.size() < 6 || n.size() < 6) {
      return true;
    }
    for (int i = 0; i < 4; i++) {
      if (!o.get(i).equals(n.get(i))) {
        return true;
      }
    }
    for (int i = 4; i < o.size() && i < n.size() && i < 7; i++) {
      String a = o.get(i);
      String b = n.get(i);
      if (!a.equals(b) && !placeholder(a) && !placeholder(b)) {
        return true;
      }
    }
    return false;
  }

  /** {@code sum} split at {@code :} into at most {@code max} fields, the last keeping the rest. */
  static List<String> split(String sum, int max) {
    List<String> out = new ArrayList<>(max);
    int start = 0;
    while (out.size() < max - 1) {
      int colon = sum.indexOf(':', start);
      if (colon < 0) {
        break;
      }
      out.add(sum.substring(start, colon));
      start = colon + 1;
    }
    out.add(sum.substring(start));
    return out;
  }

  /**
   * The old and new checksums split side by side as OSSEC's change report does: a field is split
   * off only while both sums still have a {@code :}, so both lists have the same length (1 to 7)
   * and a side with more fields keeps them in its last element (a 7- against a 6-field sum compares
   * {@code sha1:sha256} with {@code sha1}).
   */
  static List<List<String>> splitPair(String oldSum, String newSum) {
    List<String> o = new ArrayList<>(7);
    List<String> n = new ArrayList<>(7);
    String or = oldSum;
    String nr = newSum;
    while (o.size() < 6) {
      int oc = or.indexOf(':');
      int nc = nr.indexOf(':');
      if (oc < 0 || nc < 0) {
        break;
      }
      o.add(or.substring(0, oc));
      n.add(nr.substring(0, nc));
      or = or.substring(oc + 1);
      nr = nr.substring(nc + 1);
    }
    o.add(or);
    n.add(nr);
    return List.of(o, n);
  }

  /**
   * The non-empty {@code :}-separated tokens of {@code sum} ({@code strtok} skips empty ones), as
   * OSSEC reads a new file's hashes: the 5th is the MD5, the 6th the SHA-1, the 7th the SHA-256.
   */
  static List<String> tokens(String sum) {
    List<String> out = new ArrayList<>(7);
    for (String t : sum.split(":")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
