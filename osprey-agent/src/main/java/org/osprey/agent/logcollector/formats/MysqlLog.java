package org.osprey.agent.logcollector.formats;

/**
 * {@code mysql_log} (queue {@code a}): {@code 070823 21:01:30 text} lines become
 * {@code MySQL log: 070823 21:01:30 text}; lines indented with two tabs and six spaces belong to
 * the same second and take the last timestamp seen ({@code read_mysql_log.c}). Other lines are
 * skipped. OSSEC shares the last timestamp across all MySQL files; here each file has its own.
 */
final class MysqlLog implements RecordFormat {
  private static final String SAME_SECOND = "\t\t      ";

  private String lastTime = "";

  @Override
  public void line(String s, Emitter out) throws InterruptedException {
    String text;
    if (s.length() >= 18 && s.charAt(6) == ' ' && s.charAt(9) == ':' && s.charAt(12) == ':'
        && digits(s, 0, 6) && digits(s, 7, 9)) {
      lastTime = s.substring(0, 15);
      text = s.substring(skipBlanks(s, 15));
    } else if (s.length() >= 10 && !lastTime.isEmpty() && s.startsWith(SAME_SECOND)) {
      text = s.substring(skipBlanks(s, 2));
    } else {
      return;
    }
    out.emit('a', "MySQL log: " + lastTime + " " + text);
  }

  static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
