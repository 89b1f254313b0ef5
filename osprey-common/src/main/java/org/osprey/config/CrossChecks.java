package org.osprey.config;

import java.util.HashMap;
import java.util.Map;
import org.osprey.config.schema.ProblemSink;

/** The checks that look at more than one section. */
final class CrossChecks {
  private CrossChecks() {}

  static void run(OssecConfig config, ProblemSink problems) {
    activeResponses(config, problems);
    remotes(config, problems);
  }

  private static void activeResponses(OssecConfig config, ProblemSink problems) {
    for (ActiveResponseConfig ar : config.activeResponses()) {
      if (ar.command() == null || ar.disabled()) {
        continue;
      }
      CommandConfig command = config.command(ar.command());
      if (command == null) {
        problems.report(ar.source(), ar.line(), "invalid command in <active-response>: '"
            + ar.command() + "' (no <command> has that name)");
      } else if (!ar.timeout().isZero() && !command.timeoutAllowed()) {
        problems.report(ar.source(), ar.line(), "timeout not allowed for command '"
            + command.name() + "' (its <timeout_allowed> is no)");
      }
    }
  }

  private static void remotes(OssecConfig config, ProblemSink problems) {
    Map<String, RemoteConfig> used = new HashMap<>();
    int count = 0;
    for (RemoteConfig r : config.remotes()) {
      if (++count > RemoteSection.MAX_LISTENERS) {
        problems.report(r.source(), r.line(), "too many <remote> listeners (at most "
            + RemoteSection.MAX_LISTENERS + ")");
      }
      String local = r.localIp() == null ? "*" : r.localIp().text();
      String key = local + " " + r.port() + "/" + r.protocol();
      RemoteConfig before = used.putIfAbsent(key, r);
      if (before != null) {
        problems.report(r.source(), r.line(), "port " + r.port() + "/"
            + r.protocol().name().toLowerCase(java.util.Locale.ROOT)
            + " is already used by the <remote> at line " + before.line());
      }
    }
  }
}
