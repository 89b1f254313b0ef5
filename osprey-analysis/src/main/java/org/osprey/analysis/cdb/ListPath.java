package org.osprey.analysis.cdb;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Where a list declared by {@code <rules><list>NAME</list>} lives, named as OSSEC names it (relative to
 * the install home, where OSSEC chroots): a name without {@code /} becomes {@code rules/NAME}; the name
 * is cut at the first {@code ".cdb"} it contains (anywhere, as OSSEC's {@code strstr} does); the text
 * list is that name and the compiled list is that name plus {@code ".cdb"}.
 *
 * <p>A rule's {@code <list>} element refers to a list by exactly one of these two names ({@link
 * #isNamed}); the rule's text is not resolved the same way.
 *
 * @param declared the element content as written
 * @param text the text list, e.g. {@code rules/blocked}
 * @param cdb the compiled list, e.g. {@code rules/blocked.cdb}
 */
public record ListPath(String declared, String text, String cdb) {
  private static final String SUFFIX = ".cdb";

  public ListPath {
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cdb, "cdb");
  }

  /** The paths OSSEC derives from a {@code <list>} entry of ossec.conf. */
  public static ListPath of(String declared) {
    String name = declared.indexOf('/') < 0 ? "rules/" + declared : declared;
    int cut = name.indexOf(SUFFIX);
    if (cut >= 0) {
      name = name.substring(0, cut);
    }
    return new ListPath(declared, name, name + SUFFIX);
  }

  /** Whether a rule's {@code <list>} content names this list (its text or its cdb name, exactly). */
  public boolean isNamed(String ruleListName) {
    return text.equals(ruleListName) || cdb.equals(ruleListName);
  }

  /** The text list inside the install {@code home}. */
  public Path textFile(Path home) {
    return inside(home, text);
  }

  /** The compiled list inside the install {@code home}. */
  public Path cdbFile(Path home) {
    return inside(home, cdb);
  }

  /**
   * Resolves an OSSEC path as the chrooted daemon sees it: relative to {@code home} whether or not it
   * starts with {@code /}, and {@code ..} never climbing above {@code home}.
   */
  static Path inside(Path home, String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    Path out = home;
    for (String part : parts) {
      out = out.resolve(part);
    }
    return out;
  }
}
