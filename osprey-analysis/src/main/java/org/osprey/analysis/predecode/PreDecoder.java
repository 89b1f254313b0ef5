package org.osprey.analysis.predecode;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Event;
import org.osprey.queue.QueueMessage;

/**
 * OSSEC 4.3.0's pre-decoder ({@code OS_CleanMSG}, spec §4). Stateless and thread-safe.
 *
 * @param serverHostname the hostname given to local events without a syslog hostname (OSSEC uses the
 *     machine's short name; logtest tests use {@code melancia})
 * @param zone the zone for receipt times
 */
public record PreDecoder(String serverHostname, ZoneId zone) {

  /**
   * Builds the event for {@code message}, received at {@code epochSecond}; null when OSSEC would
   * drop the message (a location with a {@code ..} path component).
   */
  public @Nullable Event decode(QueueMessage message, long epochSecond) {
    if (refersToParent(message.location())) {
      return null;
    }
    String text = message.queue() == QueueMessage.SYSCHECK
        ? removeControlCharactersKeepingNewlines(message.text())
        : removeControlCharacters(message.text());
    Event e = new Event(message.queue(), message.location(), text, epochSecond, zone);
    parseHeader(e, text);
    if (e.fromAgent()) {
      e.setHostname(message.location());
    } else if (e.hostname() == null) {
      e.setHostname(serverHostname);
    }
    return e;
  }

  /** OSSEC's CVE-2020-8664 check: {@code ..} as a whole path component. */
  static boolean refersToParent(String location) {
    if (location.equals("..") || location.startsWith("../")) {
      return true;
    }
    int from = 0;
    while (true) {
      int at = location.indexOf("/..", from);
      if (at < 0) {
        return false;
      }
      int after = at + 3;
      if (after == location.length() || location.charAt(after) == '/') {
        return true;
      }
      from = at + 1;
    }
  }

  /**
   * Deletes (does not replace) every byte 0x00-0x1F and 0x7F, as OSSEC 4.x does (for syscheck
   * messages see {@link #removeControlCharactersKeepingNewlines}).
   */
  static String removeControlCharacters(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !isControl(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n);
    b.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!isControl(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * For syscheck messages: as {@link #removeControlCharacters} but newlines stay. OSSEC 4.x deletes
   * them too, which glues a {@code report_changes} diff onto the file name (the file then looks new
   * on every change); Osprey keeps them, as OSSEC 2.x/3.x did, so the syscheck decoder can split the
   * file name from the diff and show the diff with its line breaks.
   */
  static String removeControlCharactersKeepingNewlines(String s) {
    @Nullable StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean drop = isControl(c) && c != '\n';
      if (drop && b == null) {
        b = new StringBuilder(s.length());
        b.append(s, 0, i);
      } else if (!drop && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c == 0x7f;
  }

  /** OSSEC's hostname character set: {@code [A-Za-z0-9._/@()-]}. */
  static boolean isValidChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '/' || c == '@' || c == '(' || c == ')' || c == '-';
  }

  private static void parseHeader(Event e, String text) {
    HeaderView v = new HeaderView(text);
    int loglen = text.length() + 1;
    int skip = syslogTimestamp(v, loglen);
    if (skip > 0) {
      parseSyslog(e, text, skip);
      return;
    }
    skip = otherTimestamp(v, loglen);
    if (skip > 0) {
      int p = Math.min(skip, text.length());
      if (v.at(0) == '1' && v.at(14) == ' ' && v.at(10) == '.') {
        // squid: the event starts after the spaces that follow the timestamp
        while (p < text.length() && text.charAt(p) == ' ') {
          p++;
        }
      }
      e.setLog(text.substring(p));
      return;
    }
    if (isAsl(v, loglen)) {
      parseAsl(e, text);
    }
  }

  /**
   * The five syslog-style timestamps (spec §4.2 formats 1-5); returns the number of characters to
   * skip, or 0. Checked on the view, which hides a two-byte {@code ä} in the month name.
   */
  private static int syslogTimestamp(HeaderView p, int loglen) {
    if (loglen > 17 && p.at(3) == ' ' && p.at(6) == ' ' && p.at(9) == ':' && p.at(12) == ':'
        && p.at(15) == ' ') {
      return 16;
    }
    if (loglen > 24 && p.at(4) == '-' && p.at(7) == '-' && p.at(10) == ' ' && p.at(13) == ':'
        && p.at(16) == ':' && p.at(19) == ',') {
      return 23;
    }
    if (loglen > 33 && p.at(4) == '-' && p.at(7) == '-' && p.at(10) == 'T' && p.at(13) == ':'
        && p.at(16) == ':') {
      if (p.at(22) == ':' && p.at(25) == ' ') {
        return 26;
      }
      if (p.at(19) == '.' || p.at(19) == ',') {
        for (int k = 24; k <= 29; k++) {
          if (p.at(k) == ':') {
            return k + 3;
          }
        }
      }
    }
    if (loglen > 21 && isDigit(p.at(0)) && p.at(4) == ' ' && p.at(8) == ' ' && p.at(11) == ' '
        && p.at(14) == ':' && p.at(17) == ':' && p.at(20) == ' ') {
      return 21;
    }
    if (loglen > 20 && isDigit(p.at(0)) && p.at(4) == ':' && p.at(7) == ':' && p.at(10) == '-'
        && p.at(13) == ':' && p.at(16) == ':') {
      return 20;
    }
    return 0;
  }

  /** xferlog, snort, suricata, apache and squid timestamps: characters to skip, or 0. */
  private static int otherTimestamp(HeaderView p, int loglen) {
    if (loglen > 28 && p.at(3) == ' ' && p.at(7) == ' ' && p.at(10) == ' ' && p.at(13) == ':'
        && p.at(16) == ':' && p.at(19) == ' ' && p.at(24) == ' ' && p.at(26) == ' ') {
      return 24;
    }
    if (loglen > 24 && p.at(2) == '/' && p.at(5) == '-' && p.at(8) == ':' && p.at(11) == ':'
        && p.at(14) == '.' && p.at(21) == ' ') {
      return 23;
    }
    if (loglen > 26 && p.at(2) == '/' && p.at(5) == '/' && p.at(10) == '-' && p.at(13) == ':'
        && p.at(16) == ':' && p.at(19) == '.' && p.at(26) == ' ') {
      return 28;
    }
    if (loglen > 27 && p.at(0) == '[' && p.at(4) == ' ' && p.at(8) == ' ' && p.at(11) == ' '
        && p.at(14) == ':' && p.at(17) == ':' && p.at(20) == ' ' && p.at(25) == ']') {
      return 27;
    }
    if (isAsl(p, loglen)) {
      return 0;
    }
    if (loglen > 32 && p.at(0) == '1' && isDigit(p.at(1)) && isDigit(p.at(2)) && isDigit(p.at(3))
        && p.at(10) == '.' && isDigit(p.at(13)) && p.at(14) == ' '
        && (p.at(21) == ' ' || p.at(22) == ' ')) {
      return 14;
    }
    return 0;
  }

  private static boolean isAsl(HeaderView p, int loglen) {
    return loglen > 26 && p.at(0) == '[' && p.at(1) == 'T' && p.at(5) == ' ' && p.at(10) == '.'
        && p.at(13) == '.' && p.at(16) == ' ' && p.at(19) == ':';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Hostname, program name and {@code [ID ...]} after a syslog timestamp (spec §4.2 steps 1-3). */
  private static void parseSyslog(Event e, String text, int skip) {
    int n = text.length();
    int log = Math.min(skip, n);
    if (log < n && text.charAt(log) == ' ') {
      log++;
    }
    int p = log;
    while (p < n && isValidChar(text.charAt(p))) {
      p++;
    }
    int rest; // where log starts after the program name, or -1 when no program name was parsed
    if (charAt(text, p) == ':' && charAt(text, p + 1) == ' ') {
      // Solaris: no hostname; the token is the program name.
      e.setProgramName(text.substring(log, p));
      e.setLog(text.substring(p + 2));
      rest = p + 2;
    } else if (charAt(text, p) != ' ') {
      e.setLog(text.substring(log));
      return;
    } else {
      e.setHostname(text.substring(log, p));
      int candidate = p + 1;
      e.setLog(text.substring(candidate));
      rest = programName(e, text, candidate);
      if (rest < 0) {
        if (!isAix(text, candidate)) {
          e.setProgramName(null);
          return;
        }
        rest = aixProgramName(e, text, candidate);
        if (rest < 0) {
          return;
        }
      }
    }
    e.setLog(text.substring(rest));
    if (text.startsWith("[ID ", rest)) {
      int close = text.indexOf("] ", rest + 4);
      if (close >= 0) {
        e.setLog(text.substring(close + 2));
      }
    }
  }

  /**
   * Parses {@code name: } or {@code name[digits]: } / {@code name[digits] } at {@code start}; sets the
   * program name and returns where the log starts, or -1 (program name unset).
   */
  private static int programName(Event e, String text, int start) {
    int p = start;
    int n = text.length();
    while (p < n && isValidChar(text.charAt(p))) {
      p++;
    }
    if (charAt(text, p) == ':' && charAt(text, p + 1) == ' ') {
      e.setProgramName(text.substring(start, p));
      return p + 2;
    }
    if (charAt(text, p) == '[' && isDigit(charAt(text, p + 1))) {
      int q = p + 2;
      while (isDigit(charAt(text, q))) {
        q++;
      }
      if (charAt(text, q) == ']' && charAt(text, q + 1) == ':' && charAt(text, q + 2) == ' ') {
        e.setProgramName(text.substring(start, p));
        return q + 3;
      }
      if (charAt(text, q) == ']' && charAt(text, q + 1) == ' ') {
        e.setProgramName(text.substring(start, p));
        return q + 2;
      }
    }
    return -1;
  }

  private static boolean isAix(String text, int start) {
    int p = start;
    while (p < text.length() && isValidChar(text.charAt(p))) {
      p++;
    }
    char next = charAt(text, p + 1);
    return charAt(text, p) == '|' && next >= 'a' && next <= 'z';
  }

  /**
   * AIX {@code host facility|severity:level name[pid]: text}. Returns where the log starts, or -1 when
   * it stays at the candidate start. Reproduces OSSEC's edge cases: a {@code name[pid]} without
   * {@code ]: } keeps the name; a name followed by anything else takes the rest of the line as the
   * program name (OSSEC never terminates that string) and the log starts at the stop character.
   */
  private static int aixProgramName(Event e, String text, int start) {
    int p = start;
    while (p < text.length() && isValidChar(text.charAt(p))) {
      p++;
    }
    p += 2;
    while (isAlnum(charAt(text, p))) {
      p++;
    }
    if (charAt(text, p) != ':') {
      e.setProgramName(null);
      return -1;
    }
    p++;
    while (isAlnum(charAt(text, p))) {
      p++;
    }
    if (charAt(text, p) != ' ') {
      e.setProgramName(null);
      return -1;
    }
    int nameStart = ++p;
    while (p < text.length() && isValidChar(text.charAt(p))) {
      p++;
    }
    if (charAt(text, p) == ':' && charAt(text, p + 1) == ' ') {
      e.setProgramName(text.substring(nameStart, p));
      return p + 2;
    }
    if (charAt(text, p) == '[' && isDigit(charAt(text, p + 1))) {
      e.setProgramName(text.substring(nameStart, p));
      int q = p + 2;
      while (isDigit(charAt(text, q))) {
        q++;
      }
      return charAt(text, q) == ']' && charAt(text, q + 1) == ':' && charAt(text, q + 2) == ' '
          ? q + 3
          : -1;
    }
    e.setProgramName(text.substring(nameStart));
    return p;
  }

  private static boolean isAlnum(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static char charAt(String s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
  }

  /** OS X ASL: {@code [Time ...] [Facility ...] [Sender s] ... [Message m] ... [Host h]}. */
  private static void parseAsl(Event e, String text) {
    int logStart = Math.min(25, text.length());
    e.setLog(text.substring(logStart));
    boolean doneMessage = false;
    int p = text.indexOf('[', logStart);
    while (p >= 0) {
      p++;
      if (text.startsWith("Sender ", p) && e.programName() == null) {
        int close = text.indexOf(']', p + 7);
        if (close < 0) {
          e.setProgramName(null);
          break;
        }
        e.setProgramName(text.substring(p + 7, close));
        p = close + 1;
      } else if (text.startsWith("Message ", p) && !doneMessage) {
        doneMessage = true;
        int close = text.indexOf(']', p + 8);
        if (close < 0) {
          e.setLog(text.substring(p + 8));
          break;
        }
        e.setLog(text.substring(p + 8, close));
        p = close + 1;
      } else if (text.startsWith("Host ", p)) {
        int close = text.indexOf(']', p + 5);
        if (close >= 0) {
          e.setHostname(text.substring(p + 5, close));
        }
        break;
      }
      p = text.indexOf('[', p);
    }
  }

  /**
   * The text as the header checks see it: when bytes 1-2 are {@code C3 A4} ({@code ä} of
   * {@code Mär}), the two bytes count as one, as OSSEC's repair does.
   */
  private static final class HeaderView {
    private final String text;
    private final int shift;

    HeaderView(String text) {
      this.text = text;
      this.shift = text.length() > 2 && text.charAt(1) == 0xC3 && text.charAt(2) == 0xA4 ? 1 : 0;
    }

    char at(int i) {
      int j = i == 0 ? 0 : i + shift;
      return j < text.length() ? text.charAt(j) : '\0';
    }
  }
}
