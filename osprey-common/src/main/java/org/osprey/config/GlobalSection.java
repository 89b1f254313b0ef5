package org.osprey.config;

import static org.osprey.config.schema.Types.integer;
import static org.osprey.config.schema.Types.optionalText;
import static org.osprey.config.schema.Types.path;
import static org.osprey.config.schema.Types.text;
import static org.osprey.config.schema.Types.yesNo;

import java.util.ArrayList;
import java.util.List;
import org.osprey.config.schema.Entry;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.ProblemSink;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <global>} and builds {@link GlobalConfig}. */
final class GlobalSection {
  static final int MIN_MEMORY_SIZE = 2048;

  static final Key<Boolean> EMAIL_NOTIFICATION = Key.of("email_notification", yesNo(),
      "Send alerts by e-mail.").defaultValue(false);
  static final Key<String> EMAIL_TO = Key.of("email_to", ConfigTypes.email(),
      "A recipient of every e-mail alert; repeat for more.").asRepeatable();
  static final Key<String> EMAIL_FROM = Key.of("email_from", text(), "The sender address.");
  static final Key<String> EMAIL_REPLY_TO = Key.of("email_reply_to", text(),
      "The Reply-To address.");
  static final Key<String> EMAIL_IDSNAME = Key.of("email_idsname", text(),
      "A name sent in the X-IDS-OSSEC header, to tell installations apart.");
  static final Key<String> SMTP_SERVER = Key.of("smtp_server", text(),
      "The SMTP relay, or the full path of a sendmail-like program.");
  static final Key<String> HELO_SERVER = Key.of("helo_server", text(),
      "The name maild gives in HELO.").defaultValue("notify.ossec.net");
  static final Key<Integer> SMTP_PORT = Key.of("smtp_port", ConfigTypes.port(),
      "The SMTP port.").defaultValue(25);
  static final Key<Integer> EMAIL_MAXPERHOUR = Key.of("email_maxperhour", integer(1, 9999),
      "The most e-mails sent per hour; the rest wait for the next hour.").defaultValue(12);
  static final Key<Boolean> AUTH_SMTP = Key.of("auth_smtp", yesNo(),
      "Log in to the SMTP server with smtp_user and smtp_password.").defaultValue(false);
  static final Key<Boolean> SECURE_SMTP = Key.of("secure_smtp", yesNo(),
      "Use TLS to the SMTP server.").defaultValue(false);
  static final Key<Boolean> SMTP_TLS_VERIFY = Key.of("smtp_tls_verify", yesNo(),
      "Check the SMTP server's certificate.").defaultValue(true);
  static final Key<String> SMTP_USER = Key.of("smtp_user", text(), "The SMTP user name.");
  static final Key<String> SMTP_PASSWORD = Key.of("smtp_password", text(), "The SMTP password.");
  static final Key<Boolean> LOGALL = Key.of("logall", yesNo(),
      "Write every event, alert or not, to logs/archives/archives.log.").defaultValue(false);
  static final Key<Boolean> LOGALL_JSON = Key.of("logall_json", yesNo(),
      "Write every event to logs/archives/archives.json.").defaultValue(false);
  static final Key<Boolean> JSONOUT_OUTPUT = Key.of("jsonout_output", yesNo(),
      "Also write alerts to logs/alerts/alerts.json.").defaultValue(false);
  static final Key<Integer> STATS = Key.of("stats", integer(0, 255),
      "The level of the alerts raised when hourly event counts look unusual.").defaultValue(4);
  static final Key<Integer> MEMORY_SIZE = Key.of("memory_size", integer(0, 10_000_000),
      "How many past events correlation remembers; values below 2048 count as 2048.")
      .defaultValue(8192);
  static final Key<Integer> INTEGRITY_CHECKING = Key.of("integrity_checking", integer(0, 255),
      "The level of file integrity (syscheck) alerts.").defaultValue(8);
  static final Key<Integer> ROOTKIT_DETECTION = Key.of("rootkit_detection", integer(0, 255),
      "The level of rootcheck alerts.").defaultValue(8);
  static final Key<Integer> HOST_INFORMATION = Key.of("host_information", integer(0, 255),
      "The level of host information (open ports) change alerts.").defaultValue(8);
  static final Key<String> WHITE_LIST = Key.of("white_list", ConfigTypes.host(),
      "An IP, network or host name that active response never blocks; repeat for more.")
      .alias("allow_list").asRepeatable();
  static final Key<String> COMPRESS_ALERTS = Key.of("compress_alerts", optionalText(),
      "Accepted for compatibility; OSSEC ignores it too.");
  static final Key<String> CUSTOM_ALERT_OUTPUT = Key.of("custom_alert_output", text(),
      "A custom format for alert lines (OSSEC's $TIMESTAMP, $FTELL ... variables).");
  static final Key<Boolean> PRELUDE_OUTPUT = Key.of("prelude_output", yesNo(),
      "Send alerts to Prelude.").defaultValue(false);
  static final Key<String> PRELUDE_PROFILE = Key.of("prelude_profile", text(),
      "The Prelude client profile.");
  static final Key<Integer> PRELUDE_LOG_LEVEL = Key.of("prelude_log_level", integer(0, 255),
      "The lowest alert level sent to Prelude.").defaultValue(0);
  static final Key<Boolean> ZEROMQ_OUTPUT = Key.of("zeromq_output", yesNo(),
      "Publish alerts over ZeroMQ.").defaultValue(false);
  static final Key<String> ZEROMQ_URI = Key.of("zeromq_uri", text(),
      "The ZeroMQ URI to publish on.");
  static final Key<String> ZEROMQ_SERVER_CERT = Key.of("zeromq_server_cert", path(),
      "The ZeroMQ server certificate.");
  static final Key<String> ZEROMQ_CLIENT_CERT = Key.of("zeromq_client_cert", path(),
      "The ZeroMQ client certificate.");
  static final Key<String> GEOIPDB = Key.of("geoipdb", path(),
      "The GeoIP database used to locate alert addresses.");
  static final Key<String> GEOIP_DB_PATH = Key.of("geoip_db_path", path(),
      "The GeoIP IPv4 database.");
  static final Key<String> GEOIP6_DB_PATH = Key.of("geoip6_db_path", path(),
      "The GeoIP IPv6 database.");
  static final Key<String> MD5_WHITELIST = Key.of("md5_whitelist", path(),
      "A database of known-good MD5 sums that syscheck alerts skip.").alias("md5_allowlist");

  static final Section SECTION = Section.merged("global",
      "General analysis settings and e-mail delivery (manager and local installs).",
      EMAIL_NOTIFICATION, EMAIL_TO, EMAIL_FROM, EMAIL_REPLY_TO, EMAIL_IDSNAME, SMTP_SERVER,
      HELO_SERVER, SMTP_PORT, EMAIL_MAXPERHOUR, AUTH_SMTP, SECURE_SMTP, SMTP_TLS_VERIFY, SMTP_USER,
      SMTP_PASSWORD, LOGALL, LOGALL_JSON, JSONOUT_OUTPUT, STATS, MEMORY_SIZE, INTEGRITY_CHECKING,
      ROOTKIT_DETECTION, HOST_INFORMATION, WHITE_LIST, COMPRESS_ALERTS, CUSTOM_ALERT_OUTPUT,
      PRELUDE_OUTPUT, PRELUDE_PROFILE, PRELUDE_LOG_LEVEL, ZEROMQ_OUTPUT, ZEROMQ_URI,
      ZEROMQ_SERVER_CERT, ZEROMQ_CLIENT_CERT, GEOIPDB, GEOIP_DB_PATH, GEOIP6_DB_PATH,
      MD5_WHITELIST);

  private GlobalSection() {}

  static GlobalConfig build(SectionValues v, ProblemSink problems) {
    Entry auth = v.last(AUTH_SMTP);
    if (auth != null && v.get(AUTH_SMTP) && (!v.has(SMTP_USER) || !v.has(SMTP_PASSWORD))) {
      problems.report(auth.source(), auth.line(),
          "<auth_smtp>yes needs both <smtp_user> and <smtp_password> in <global>");
    }
    EmailSettings email = new EmailSettings(v.get(EMAIL_NOTIFICATION), v.all(EMAIL_TO),
        v.find(EMAIL_FROM), v.find(EMAIL_REPLY_TO), v.find(EMAIL_IDSNAME), v.find(SMTP_SERVER),
        v.get(HELO_SERVER), v.get(SMTP_PORT), v.get(EMAIL_MAXPERHOUR), v.get(AUTH_SMTP),
        v.get(SECURE_SMTP), v.get(SMTP_TLS_VERIFY), v.find(SMTP_USER), v.find(SMTP_PASSWORD));
    List<IpRange> ips = new ArrayList<>();
    List<String> hosts = new ArrayList<>();
    for (String entry : v.all(WHITE_LIST)) {
      IpRange ip = IpRange.parse(entry);
      if (ip != null) {
        ips.add(ip);
      } else {
        hosts.add(entry);
      }
    }
    return new GlobalConfig(email, v.get(LOGALL), v.get(LOGALL_JSON), v.get(JSONOUT_OUTPUT),
        v.get(STATS), Math.max(MIN_MEMORY_SIZE, v.get(MEMORY_SIZE)), v.get(INTEGRITY_CHECKING),
        v.get(ROOTKIT_DETECTION), v.get(HOST_INFORMATION), ips, hosts, v.find(CUSTOM_ALERT_OUTPUT),
        v.get(PRELUDE_OUTPUT), v.find(PRELUDE_PROFILE), v.get(PRELUDE_LOG_LEVEL),
        v.get(ZEROMQ_OUTPUT), v.find(ZEROMQ_URI), v.find(ZEROMQ_SERVER_CERT),
        v.find(ZEROMQ_CLIENT_CERT), v.find(GEOIPDB), v.find(GEOIP_DB_PATH), v.find(GEOIP6_DB_PATH),
        v.find(MD5_WHITELIST));
  }
}
