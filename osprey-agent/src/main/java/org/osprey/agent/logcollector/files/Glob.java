package org.osprey.agent.logcollector.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * POSIX {@code glob(3)} patterns, as OSSEC expands {@code <location>}: {@code *}, {@code ?} and
 * bracket expressions ({@code [a-z]}, {@code [!0-9]}) in any path element, a backslash quoting the
 * next character, and a leading dot matched only by a pattern that starts with one. Matches are
 * sorted, and only regular files (or links to them) are returned.
 */
public final class Glob {
  private Glob() {}

  /** True when {@code pattern} has an unquoted {@code *}, {@code ?} or {@code [}. */
  public static boolean hasWildcards(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?' || c == '[') {
        return true;
      }
    }
    return false;
  }

  /** The regular files matching {@code pattern} now, sorted; unreadable directories are skipped. */
  public static List<Path> expand(String pattern) {
    boolean absolute = pattern.startsWith("/");
    String[] parts = pattern.split("/+");
    List<Path> current = new ArrayList<>();
    current.add(Path.of(absolute ? "/" : ""));
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        continue;
      }
      boolean last = i == parts.length - 1;
      List<Path> next = new ArrayList<>();
      if (!hasWildcards(part)) {
        String literal = unquote(part);
        for (Path dir : current) {
          next.add(dir.resolve(literal));
        }
      } else {
        Pattern regex = regex(part);
        boolean dotOk = part.startsWith(".");
        for (Path dir : current) {
          List<Path> found = new ArrayList<>();
          try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir.toString().isEmpty()
              ? Path.of(".") : dir)) {
            for (Path entry : ds) {
              String name = entry.getFileName().toString();
              if ((dotOk || !name.startsWith(".")) && regex.matcher(name).matches()) {
                found.add(dir.resolve(name));
              }
            }
          } catch (IOException | SecurityException e) {
            continue;
          }
          found.sort(null);
          next.addAll(found);
        }
      }
      List<Path> kept = new ArrayList<>();
      for (Path p : next) {
        if (last ? Files.isRegularFile(p) : Files.isDirectory(p)) {
          kept.add(p);
        }
      }
      current = kept;
    }
    current.sort(null);
    return current;
  }

  /**
   * The deepest directory of {@code pattern} above its first wildcard (where new matches appear),
   * or null when there is none (a relative pattern with a wildcard in its first element).
   */
  public static @Nullable Path baseDirectory(String pattern) {
    String[] parts = pattern.split("/+", -1);
    StringBuilder b = new StringBuilder(pattern.startsWith("/") ? "/" : "");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].isEmpty()) {
        continue;
      }
      if (hasWildcards(parts[i])) {
        break;
      }
      b.append(unquote(parts[i])).append('/');
    }
    return b.isEmpty() ? null : Path.of(b.toString());
  }

  private static String unquote(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        c = s.charAt(++i);
      }
      b.append(c);
    }
    return b.toString();
  }

  /** The regular expression of one path element's pattern. */
  static Pattern regex(String part) {
    StringBuilder r = new StringBuilder();
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      switch (c) {
        case '*' -> r.append("[^/]*");
        case '?' -> r.append("[^/]");
        case '\\' -> {
          if (i + 1 < part.length()) {
            i++;
          }
          r.append(Pattern.quote(String.valueOf(part.charAt(i))));
        }
        case '[' -> {
          int end = bracketEnd(part, i);
          if (end < 0) {
            r.append("\\[");
          } else {
            r.append(bracket(part.substring(i + 1, end)));
            i = end;
          }
        }
        default -> r.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(r.toString(), Pattern.DOTALL);
  }

  /** The index of the ']' closing the bracket expression opened at {@code open}, or -1. */
  private static int bracketEnd(String s, int open) {
    int i = open + 1;
    if (i < s.length() && (s.charAt(i) == '!' || s.charAt(i) == '^')) {
      i++;
    }
    if (i < s.length() && s.charAt(i) == ']') {
      i++; // a ']' first is a member
    }
    for (; i < s.length(); i++) {
      if (s.charAt(i) == ']') {
        return i;
      }
    }
    return -1;
  }

  private static String bracket(String body) {
    StringBuilder r = new StringBuilder("[");
    int start = 0;
    if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
      r.append('^');
      start = 1;
    }
    for (int i = start; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '-' && i > start && i < body.length() - 1) {
        r.append('-');
      } else if (Character.isLetterOrDigit(c)) {
        r.append(c);
      } else {
        r.append('\\').append(c);
      }
    }
    return r.append(']').toString();
  }
}
