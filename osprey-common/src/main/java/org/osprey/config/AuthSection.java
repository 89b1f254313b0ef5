package org.osprey.config;

import static org.osprey.config.schema.Types.path;
import static org.osprey.config.schema.Types.text;
import static org.osprey.config.schema.Types.yesNo;

import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <auth>} (Osprey's addition) and builds {@link AuthConfig}. */
final class AuthSection {
  static final String DEFAULT_CIPHERS = "EECDH+AESGCM:EDH+AESGCM:EECDH+AES256:EDH+AES256:"
      + "EECDH+AES128:EDH+AES128:HIGH:!kRSA:!ADH:!EXP:!MD5:!RC4:!3DES:!CAMELLIA:@STRENGTH";

  static final Key<Boolean> DISABLED = Key.of("disabled", yesNo(),
      "Do not start authd with the other daemons (OSSEC's ossec-control never starts it; bin/ossec-authd"
      + " runs it by hand either way).").defaultValue(true).asExtension();
  static final Key<Integer> PORT = Key.of("port", ConfigTypes.port(),
      "The TLS port agents enrol on.").defaultValue(1515).asExtension();
  static final Key<Boolean> USE_SOURCE_IP = Key.of("use_source_ip", yesNo(),
      "Bind each new key to the agent's source address instead of any.").defaultValue(false)
      .asExtension();
  static final Key<Boolean> USE_PASSWORD = Key.of("use_password", yesNo(),
      "Require the shared password of etc/authd.pass.").defaultValue(true).asExtension();
  static final Key<String> CIPHERS = Key.of("ciphers", text(),
      "The TLS cipher list, in OpenSSL syntax.").defaultValue(DEFAULT_CIPHERS).asExtension();
  static final Key<String> SSL_AGENT_CA = Key.of("ssl_agent_ca", path(),
      "Require agent certificates signed by this CA.").asExtension();
  static final Key<Boolean> SSL_VERIFY_HOST = Key.of("ssl_verify_host", yesNo(),
      "Require the agent certificate to name the agent's address.").defaultValue(false)
      .asExtension();
  static final Key<String> SSL_MANAGER_CERT = Key.of("ssl_manager_cert", path(),
      "The server certificate.").defaultValue("etc/sslmanager.cert").asExtension();
  static final Key<String> SSL_MANAGER_KEY = Key.of("ssl_manager_key", path(),
      "The server's private key.").defaultValue("etc/sslmanager.key").asExtension();

  static final Section SECTION = Section.merged("auth",
      "Agent enrolment over TLS (authd; OSSEC takes these as ossec-authd flags).",
      DISABLED, PORT, USE_SOURCE_IP, USE_PASSWORD, CIPHERS, SSL_AGENT_CA, SSL_VERIFY_HOST,
      SSL_MANAGER_CERT, SSL_MANAGER_KEY);

  private AuthSection() {}

  static AuthConfig build(SectionValues v) {
    return new AuthConfig(v.get(DISABLED), v.get(PORT), v.get(USE_SOURCE_IP), v.get(USE_PASSWORD),
        v.get(CIPHERS), v.find(SSL_AGENT_CA), v.get(SSL_VERIFY_HOST), v.get(SSL_MANAGER_CERT),
        v.get(SSL_MANAGER_KEY));
  }
}
