package org.osprey.config;

import static org.osprey.config.schema.Types.choice;
import static org.osprey.config.schema.Types.seconds;
import static org.osprey.config.schema.Types.text;
import static org.osprey.config.schema.Types.yesNo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.osprey.config.schema.Entry;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.ProblemSink;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;
import org.osprey.config.schema.Types;

/** Declares {@code <client>} and builds {@link ClientConfig}. */
final class ClientSection {
  static final Key<IpRange> SERVER_IP = Key.of("server-ip", ConfigTypes.ip(false),
      "The manager's address; repeat for fail-over managers.").asRepeatable();
  static final Key<String> SERVER_HOSTNAME = Key.of("server-hostname", ConfigTypes.host(),
      "The manager's host name, resolved when connecting; repeat for more.").asRepeatable();
  static final Key<IpRange> LOCAL_IP = Key.of("local_ip", ConfigTypes.ip(false),
      "The local address to send from.");
  static final Key<Integer> PORT = Key.of("port", ConfigTypes.port(), "The manager's port.")
      .defaultValue(1514);
  static final Key<Boolean> DISABLE_ACTIVE_RESPONSE = Key.of("disable-active-response", yesNo(),
      "Refuse active responses on this agent.").defaultValue(false);
  static final Key<Duration> NOTIFY_TIME = Key.of("notify_time", seconds(1, 86400),
      "Time between two keepalives to the manager.").defaultValue(Duration.ofSeconds(600));
  static final Key<Duration> TIME_RECONNECT = Key.of("time-reconnect", seconds(1, 604800),
      "Time without an answer before trying the next manager (at least three keepalives).")
      .defaultNote("3 x notify_time");
  static final Key<String> CONFIG_PROFILE = Key.of("config-profile", text(),
      "Comma-separated profile names selecting agent_config blocks of agent.conf.");
  static final Key<ClientConfig.CryptoMethod> CRYPTO_METHOD = Key.of("crypto_method",
      choice(ClientConfig.CryptoMethod.class, m -> m.name().toLowerCase(Locale.ROOT)),
      "The cipher used to talk to the manager.").defaultValue(ClientConfig.CryptoMethod.AES);
  static final Key<Protocol> PROTOCOL = Key.of("protocol",
      choice(Protocol.class, p -> p.name().toLowerCase(Locale.ROOT)),
      "udp (OSSEC's channel), or tcp with length framing (Osprey managers only).")
      .defaultValue(Protocol.UDP);
  static final Key<Integer> BUFFER_SIZE = Key.of("buffer_size", Types.integer(1, 65536),
      "Osprey: MiB of disk kept for events the manager has not acknowledged yet.").defaultValue(64);

  static final Section SECTION = Section.merged("client",
      "How an agent reaches its manager (agent installs).",
      SERVER_IP, SERVER_HOSTNAME, LOCAL_IP, PORT, DISABLE_ACTIVE_RESPONSE, NOTIFY_TIME,
      TIME_RECONNECT, CONFIG_PROFILE, CRYPTO_METHOD, PROTOCOL, BUFFER_SIZE);

  private ClientSection() {}

  static @Nullable ClientConfig build(SectionValues v, ProblemSink problems) {
    List<String> servers = new ArrayList<>();
    for (Entry e : v.entries()) {
      if (e.key() == SERVER_IP) {
        servers.add(e.value(SERVER_IP).text());
      } else if (e.key() == SERVER_HOSTNAME) {
        servers.add(e.value(SERVER_HOSTNAME));
      }
    }
    if (servers.isEmpty()) {
      problems.report(v.source(), v.line(), "missing <server-ip> or <server-hostname> in <client>");
      return null;
    }
    Duration notify = v.get(NOTIFY_TIME);
    Duration reconnect = v.find(TIME_RECONNECT);
    if (reconnect == null || reconnect.compareTo(notify) <= 0) {
      // Sums, not multipliedBy: that goes through BigDecimal, whose classes an agent JVM otherwise never loads.
      reconnect = notify.plus(notify).plus(notify);
    }
    return new ClientConfig(servers, v.find(LOCAL_IP), v.get(PORT), v.get(DISABLE_ACTIVE_RESPONSE),
        notify, reconnect, v.find(CONFIG_PROFILE), v.get(CRYPTO_METHOD), v.get(PROTOCOL),
        v.get(BUFFER_SIZE) * 1024L * 1024L);
  }
}
