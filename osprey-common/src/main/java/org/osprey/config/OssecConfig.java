package org.osprey.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A whole {@code ossec.conf}: one component per section. Sections that merge are always present
 * (with OSSEC's defaults when the file does not have them); {@code client} and {@code
 * databaseOutput} are null when absent, since they have no usable defaults; list sections are
 * empty when absent.
 *
 * @param global {@code <global>}
 * @param rules {@code <rules>}
 * @param alerts {@code <alerts>}
 * @param syscheck {@code <syscheck>}
 * @param rootcheck {@code <rootcheck>}
 * @param client {@code <client>}, or null
 * @param remotes every {@code <remote>}
 * @param localfiles every {@code <localfile>}
 * @param commands every {@code <command>}
 * @param activeResponses every {@code <active-response>}
 * @param emailAlerts every {@code <email_alerts>}
 * @param syslogOutputs every {@code <syslog_output>}
 * @param databaseOutput {@code <database_output>}, or null
 * @param agentless every {@code <agentless>}
 * @param reports every {@code <reports>}
 * @param auth {@code <auth>}
 */
public record OssecConfig(
    GlobalConfig global,
    RulesConfig rules,
    AlertsConfig alerts,
    SyscheckConfig syscheck,
    RootcheckConfig rootcheck,
    @Nullable ClientConfig client,
    List<RemoteConfig> remotes,
    List<LocalfileConfig> localfiles,
    List<CommandConfig> commands,
    List<ActiveResponseConfig> activeResponses,
    List<EmailAlertsConfig> emailAlerts,
    List<SyslogOutputConfig> syslogOutputs,
    @Nullable DatabaseOutputConfig databaseOutput,
    List<AgentlessConfig> agentless,
    List<ReportConfig> reports,
    AuthConfig auth) {

  public OssecConfig {
    Objects.requireNonNull(global, "global");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(syscheck, "syscheck");
    Objects.requireNonNull(rootcheck, "rootcheck");
    remotes = List.copyOf(remotes);
    localfiles = List.copyOf(localfiles);
    commands = List.copyOf(commands);
    activeResponses = List.copyOf(activeResponses);
    emailAlerts = List.copyOf(emailAlerts);
    syslogOutputs = List.copyOf(syslogOutputs);
    agentless = List.copyOf(agentless);
    reports = List.copyOf(reports);
    Objects.requireNonNull(auth, "auth");
  }

  /** Reads and checks {@code file}; every problem found is in the exception. */
  public static OssecConfig load(Path file) throws ConfigException {
    return OssecConfigLoader.load(file);
  }

  /** Reads and checks {@code text}; {@code source} names it in problems (such as a file name). */
  public static OssecConfig parse(String text, String source) throws ConfigException {
    return OssecConfigLoader.parse(text, source);
  }

  /** The configuration of an empty {@code <ossec_config>}: OSSEC's defaults everywhere. */
  public static OssecConfig defaults() {
    try {
      return parse("<ossec_config></ossec_config>", "defaults");
    } catch (ConfigException e) {
      throw new IllegalStateException("the defaults do not load", e);
    }
  }

  /** The {@code <command>} named {@code name}, or null. */
  public @Nullable CommandConfig command(String name) {
    for (CommandConfig c : commands) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
