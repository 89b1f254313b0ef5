package org.osprey.config;

import static org.osprey.config.schema.Types.choice;
import static org.osprey.config.schema.Types.oneOf;
import static org.osprey.config.schema.Types.yesNo;

import java.util.Locale;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <remote>} and builds {@link RemoteConfig}. */
final class RemoteSection {
  static final int MAX_LISTENERS = 16;

  static final Key<RemoteConfig.Connection> CONNECTION = Key.of("connection",
      choice(RemoteConfig.Connection.class, c -> c.name().toLowerCase(Locale.ROOT)),
      "secure for agents, syslog for devices.").asRequired();
  static final Key<Integer> PORT = Key.of("port", ConfigTypes.port(), "The port to listen on.")
      .defaultNote("1514 (secure), 514 (syslog)");
  static final Key<Protocol> PROTOCOL = Key.of("protocol",
      choice(Protocol.class, p -> p.name().toLowerCase(Locale.ROOT)), "The transport.")
      .defaultValue(Protocol.UDP);
  static final Key<IpRange> ALLOWED_IPS = Key.of("allowed-ips", ConfigTypes.ip(true),
      "A syslog sender (address or network) to accept; repeat for more.").asRepeatable();
  static final Key<IpRange> DENIED_IPS = Key.of("denied-ips", ConfigTypes.ip(true),
      "A syslog sender (address or network) to refuse; repeat for more.").asRepeatable();
  static final Key<IpRange> LOCAL_IP = Key.of("local_ip", ConfigTypes.ip(false),
      "The local address to listen on (all when absent).");
  static final Key<Boolean> IPV6 = Key.of("ipv6", yesNo(), "Listen on IPv6.").defaultValue(false);
  static final Key<String> CRYPTO_ACCEPT = Key.of("crypto_accept",
      oneOf("any", "both", "aes", "blowfish"),
      "The ciphers accepted from agents (both is the same as any).").defaultValue("any");

  static final Section SECTION = Section.listed("remote",
      "A remoted listener: agents (secure) or syslog devices (syslog). Repeat for more.",
      CONNECTION, PORT, PROTOCOL, ALLOWED_IPS, DENIED_IPS, LOCAL_IP, IPV6, CRYPTO_ACCEPT);

  private RemoteSection() {}

  static @org.jspecify.annotations.Nullable RemoteConfig build(SectionValues v) {
    RemoteConfig.Connection c = v.find(CONNECTION);
    if (c == null) {
      return null;
    }
    int port = v.has(PORT) ? v.get(PORT) : c == RemoteConfig.Connection.SECURE ? 1514 : 514;
    RemoteConfig.CryptoAccept crypto = switch (v.get(CRYPTO_ACCEPT)) {
      case "aes" -> RemoteConfig.CryptoAccept.AES;
      case "blowfish" -> RemoteConfig.CryptoAccept.BLOWFISH;
      default -> RemoteConfig.CryptoAccept.ANY;
    };
    return new RemoteConfig(c, port, v.get(PROTOCOL), v.all(ALLOWED_IPS), v.all(DENIED_IPS),
        v.find(LOCAL_IP), v.get(IPV6), crypto, v.source(), v.line());
  }
}
