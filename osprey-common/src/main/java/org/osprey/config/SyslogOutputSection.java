package org.osprey.config;

import static org.osprey.config.schema.Types.choice;
import static org.osprey.config.schema.Types.path;
import static org.osprey.config.schema.Types.pattern;
import static org.osprey.config.schema.Types.yesNo;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.osprey.config.schema.Entry;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.ProblemSink;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <syslog_output>} and builds {@link SyslogOutputConfig}. */
final class SyslogOutputSection {
  static final Key<String> SERVER = Key.of("server", ConfigTypes.host(),
      "The syslog server.").asRequired();
  static final Key<Integer> PORT = Key.of("port", ConfigTypes.port(), "Its port.")
      .defaultValue(514);
  static final Key<SyslogOutputConfig.Format> FORMAT = Key.of("format",
      choice(SyslogOutputConfig.Format.class, f -> f.name().toLowerCase(Locale.ROOT)),
      "The message format.").defaultValue(SyslogOutputConfig.Format.DEFAULT);
  static final Key<Integer> LEVEL = Key.of("level", ConfigTypes.level(),
      "The lowest alert level forwarded.").defaultValue(0);
  static final Key<List<Integer>> RULE_ID = Key.of("rule_id", ConfigTypes.ruleIds(),
      "Rule ids forwarded, separated by commas.");
  static final Key<String> GROUP = Key.of("group", pattern("OS_Match"),
      "A pattern on the alert's groups.");
  static final Key<String> LOCATION = Key.of("location", pattern("OS_Match"),
      "A pattern on where the event came from.");
  static final Key<Boolean> USE_FQDN = Key.of("use_fqdn", yesNo(),
      "Send the full host name rather than the short one.").defaultValue(false);
  static final Key<Protocol> PROTOCOL = Key.of("protocol",
      choice(Protocol.class, p -> p.name().toLowerCase(Locale.ROOT)),
      "The transport (tcp when tls is on).").defaultValue(Protocol.UDP);
  static final Key<Boolean> TLS = Key.of("tls", yesNo(), "Use TLS over TCP.").defaultValue(false);
  static final Key<Boolean> TLS_VERIFY = Key.of("tls_verify", yesNo(),
      "Check the server's certificate.").defaultValue(true);
  static final Key<String> TLS_CA = Key.of("tls_ca", path(),
      "The CA certificates to check the server against.");

  static final Section SECTION = Section.listed("syslog_output",
      "A syslog server that csyslogd forwards matching alerts to.",
      SERVER, PORT, FORMAT, LEVEL, RULE_ID, GROUP, LOCATION, USE_FQDN, PROTOCOL, TLS, TLS_VERIFY,
      TLS_CA);

  private SyslogOutputSection() {}

  static @Nullable SyslogOutputConfig build(SectionValues v, ProblemSink problems) {
    String server = v.find(SERVER);
    if (server == null) {
      return null;
    }
    boolean tls = v.get(TLS);
    Protocol protocol = v.get(PROTOCOL);
    if (tls) {
      Entry written = v.last(PROTOCOL);
      if (written != null && protocol == Protocol.UDP) {
        problems.report(written.source(), written.line(),
            "<tls>yes in <syslog_output> needs <protocol>tcp (got udp)");
        return null;
      }
      protocol = Protocol.TCP;
    }
    return new SyslogOutputConfig(server, v.get(PORT), v.get(FORMAT), v.get(LEVEL),
        v.has(RULE_ID) ? v.get(RULE_ID) : List.of(), v.find(GROUP), v.find(LOCATION),
        v.get(USE_FQDN), protocol, tls, v.get(TLS_VERIFY), v.find(TLS_CA), v.source(), v.line());
  }
}
