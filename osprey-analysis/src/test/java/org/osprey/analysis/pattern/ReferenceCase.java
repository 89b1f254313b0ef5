package org.osprey.analysis.pattern;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.pattern.OsPattern.Dialect;

/**
 * One row of {@code patterns/pcre2-10.42-reference.tsv}: a pattern, a subject and what OSSEC's
 * PCRE2 library answered.
 *
 * @param expectedEnd end offset, -1 for no match
 * @param expectedCaptures compacted captures (empty when no match)
 * @param refused whether the library refused the pattern
 */
record ReferenceCase(
    int line,
    Dialect dialect,
    String pattern,
    String subject,
    boolean refused,
    int expectedEnd,
    List<String> expectedCaptures) {

  static final String RESOURCE = "/patterns/pcre2-10.42-reference.tsv";

  static List<ReferenceCase> load() throws IOException {
    List<ReferenceCase> out = new ArrayList<>();
    try (InputStream in = ReferenceCase.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " missing");
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isEmpty() || lines[i].startsWith("#")) {
          continue;
        }
        String[] f = lines[i].split("\t", -1);
        Dialect d = Dialect.valueOf(f[0]);
        boolean refused = f[3].equals("ERR");
        int end = refused ? -1 : Integer.parseInt(f[3]);
        List<String> caps = new ArrayList<>();
        if (end >= 0) {
          int n = Integer.parseInt(f[4]);
          for (int k = 0; k < n; k++) {
            caps.add(unescape(f[5 + k]));
          }
        }
        out.add(new ReferenceCase(i + 1, d, unescape(f[1]), unescape(f[2]), refused, end, caps));
      }
    }
    return out;
  }

  /** {@code \\} is a backslash, {@code \xHH} a byte (one Latin-1 char). */
  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && s.charAt(i + 1) == '\\') {
        sb.append('\\');
        i++;
      } else if (c == '\\' && s.charAt(i + 1) == 'x') {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
        i += 3;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** What {@code p} answers for this subject, in the same shape, or null when it agrees. */
  @Nullable String disagreement(OsPattern p) {
    Captures c = new Captures();
    int end = p.find(subject, 0, c);
    List<String> caps = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      caps.add(c.get(i));
    }
    if (end == expectedEnd && (end < 0 || caps.equals(expectedCaptures))) {
      return null;
    }
    return "line " + line + " " + dialect + " /" + pattern + "/ on \"" + subject + "\": got " + end + " "
        + caps + ", PCRE2 " + expectedEnd + " " + expectedCaptures + " (" + p.engine() + ")";
  }
}
