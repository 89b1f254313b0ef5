package org.osprey.transport.remoted;

import org.jspecify.annotations.Nullable;
import org.osprey.transport.codec.Control;

/**
 * What remoted reads from a keepalive (spec §4.2): the uname line, the merged.mg checksum, and Osprey's
 * additions, which OSSEC ignores: the {@code Osprey} mark in the version part of the uname line, and a
 * line {@code osprey-sync <buffer id> <next sequence>} in the place of the noise.
 *
 * @param uname the first line
 * @param mergedMd5 the md5 the agent has for merged.mg ({@code x} when it has none), or null
 * @param osprey whether the agent is Osprey's
 * @param streamId the agent's buffer id, or null
 * @param nextSeq the first sequence number the agent has not had acknowledged
 */
record Keepalive(String uname, @Nullable String mergedMd5, boolean osprey, @Nullable String streamId, long nextSeq) {
  static final String SYNC = "osprey-sync ";

  static Keepalive parse(String body) {
    String[] lines = body.split("\n", -1);
    String uname = lines[0];
    String md5 = null;
    String stream = null;
    long next = 0;
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i];
      if (md5 == null && l.endsWith(" merged.mg")) {
        md5 = l.substring(0, l.length() - " merged.mg".length());
      } else if (l.startsWith(SYNC)) {
        String[] p = l.substring(SYNC.length()).split(" ");
        if (p.length >= 2 && p[0].matches("[0-9a-f]{1,32}") && p[1].matches("[0-9]{1,18}")) {
          stream = p[0];
          next = Long.parseLong(p[1]);
        }
      }
    }
    int dash = uname.lastIndexOf(" - ");
    boolean osprey = dash >= 0 && uname.substring(dash).contains(Control.OSPREY_MARK);
    return new Keepalive(uname, md5, osprey, stream, next);
  }
}
