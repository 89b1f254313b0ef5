package org.osprey.analysis.rule;

import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;

/** OSSEC's {@code compiled_rule} functions, by name. */
final class CompiledRules {
  private CompiledRules() {}

  static @Nullable Check byName(String name) {
    return switch (name) {
      case "comp_srcuser_dstuser" -> new Checks.Compiled(name, CompiledRules::sameSrcAndDstUser);
      case "check_id_size" -> new Checks.Compiled(name, CompiledRules::longId);
      case "comp_mswin_targetuser_calleruser_diff" ->
          new Checks.Compiled(name, CompiledRules::targetDiffersFromCaller);
      case "is_simple_http_request" -> new Checks.Compiled(name, CompiledRules::simpleHttpRequest);
      case "is_valid_crawler" -> new Checks.ValidCrawler();
      default -> null;
    };
  }

  /** True unless both users are present and differ. */
  static boolean sameSrcAndDstUser(Event e) {
    String s = e.get(Field.SRCUSER);
    String d = e.get(Field.DSTUSER);
    return s == null || d == null || s.equals(d);
  }

  /** An id of ten characters or more. */
  static boolean longId(Event e) {
    String id = e.get(Field.ID);
    return id != null && id.length() >= 10;
  }

  /** Windows: "Target Account Name:" differs from "Caller User Name:" (up to a tab or two spaces). */
  static boolean targetDiffersFromCaller(Event e) {
    String log = e.log();
    int t = log.indexOf("Target Account Name");
    int c = log.indexOf("Caller User Name");
    if (t < 0 || c < 0) {
      return false;
    }
    t = log.indexOf(':', t);
    c = log.indexOf(':', c);
    if (t < 0 || c < 0) {
      return false;
    }
    t++;
    c++;
    while (t < log.length()) {
      char tc = log.charAt(t);
      char cc = c < log.length() ? log.charAt(c) : '\0';
      if (tc != cc) {
        return true;
      }
      if (tc == '\t' || (tc == ' ' && t + 1 < log.length() && log.charAt(t + 1) == ' ')) {
        break;
      }
      t++;
      c++;
    }
    return false;
  }

  /** A GET (or no action) of {@code /} or of a URL without a query. */
  static boolean simpleHttpRequest(Event e) {
    String url = e.get(Field.URL);
    if (url == null) {
      return false;
    }
    String action = e.get(Field.ACTION);
    if (action != null && !action.equalsIgnoreCase("GET")) {
      return false;
    }
    return url.equals("/") || url.indexOf('?') < 0;
  }
}
