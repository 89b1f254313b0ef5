package org.osprey.ruleset.check;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Finds a group that repeats without bound and holds an unbounded repetition itself, such as
 * {@code (\S+ )+} or {@code (a*)*}: on a line that almost matches, a backtracking engine tries every
 * way of splitting the text between the two repetitions, which takes exponential time. Reads PCRE2
 * syntax: escapes, character classes and group kinds are skipped correctly; bounded repetitions
 * ({@code ?}, <code>{n,m}</code>) are not counted.
 */
final class NestedQuantifiers {
  private NestedQuantifiers() {}

  /** The first offending group with its quantifier, e.g. {@code (\S+ )+}, or null when none. */
  static @Nullable String find(String regex) {
    Deque<int[]> open = new ArrayDeque<>(); // {start offset, 1 when it holds an unbounded repeat}
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '[') {
        i = classEnd(regex, i);
      } else if (c == '(') {
        open.push(new int[] {i, 0});
        i++;
      } else if (c == ')') {
        int[] group = open.isEmpty() ? new int[] {0, 0} : open.pop();
        int q = unboundedAt(regex, i + 1);
        if (q > 0 && group[1] == 1) {
          return regex.substring(group[0], i + 1 + q);
        }
        if ((q > 0 || group[1] == 1) && !open.isEmpty()) {
          open.peek()[1] = 1;
        }
        i++;
      } else {
        if (unboundedAt(regex, i) > 0 && !open.isEmpty()) {
          open.peek()[1] = 1;
        }
        i++;
      }
    }
    return null;
  }

  /** The length of an unbounded quantifier at {@code at} ({@code *}, {@code +}, <code>{n,}</code>), or 0. */
  static int unboundedAt(String regex, int at) {
    if (at >= regex.length()) {
      return 0;
    }
    char c = regex.charAt(at);
    if (c == '*' || c == '+') {
      return 1;
    }
    if (c != '{') {
      return 0;
    }
    int close = regex.indexOf('}', at);
    if (close < 0) {
      return 0;
    }
    String body = regex.substring(at + 1, close);
    return body.matches("\\d+,") ? close - at + 1 : 0;
  }

  /** The offset just after the character class opening at {@code open}. */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    while (i < regex.length() && regex.charAt(i) != ']') {
      i += regex.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
