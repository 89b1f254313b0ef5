package org.osprey.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osprey.testing.SharedReference;

/** OSSEC 4.3's own sample configurations load without a problem, with the values they say. */
class ReferenceSamplesTest {

  private static Path etc(String name) {
    return SharedReference.ossec().resolve("etc").resolve(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ossec.conf", "ossec-server.conf", "ossec-agent.conf", "ossec-local.conf"})
  void everySampleLoads(String name) throws ConfigException {
    OssecConfig config = OssecConfig.load(etc(name));
    assertThat(config.localfiles()).isNotEmpty();
    assertThat(config.syscheck().directories()).extracting(WatchedDirectory::path)
        .containsExactly("/etc", "/usr/bin", "/usr/sbin", "/bin", "/sbin", "/boot");
  }

  @Test
  void serverSampleKeepsItsRulesInOrder() throws ConfigException {
    RulesConfig rules = OssecConfig.load(etc("ossec-server.conf")).rules();
    List<String> paths = rules.entries().stream().map(RulesConfig.Entry::path).toList();
    assertThat(paths).hasSize(67);
    assertThat(paths.get(0)).isEqualTo("rules_config.xml");
    assertThat(paths.get(1)).isEqualTo("pam_rules.xml");
    assertThat(paths).doesNotContain("policy_rules.xml");
    assertThat(paths.get(paths.size() - 1)).isEqualTo("local_rules.xml");
    assertThat(paths.indexOf("ossec_rules.xml")).isLessThan(paths.indexOf("attack_rules.xml"));
    assertThat(rules.entries()).allMatch(e -> e.kind() == RulesConfig.Kind.RULE_FILE);
    assertThat(rules.hasDecoders()).isFalse();
  }

  @Test
  void serverSampleMergesItsTwoGlobals() throws ConfigException {
    OssecConfig config = OssecConfig.load(etc("ossec-server.conf"));
    EmailSettings email = config.global().email();
    assertThat(email.notification()).isTrue();
    assertThat(email.to()).containsExactly("daniel.cid@example.com");
    assertThat(email.smtpServer()).isEqualTo("smtp.example.com.");
    assertThat(email.from()).isEqualTo("ossecm@ossec.example.com.");
    assertThat(email.maxPerHour()).isEqualTo(12);
    assertThat(config.global().allowList()).extracting(IpRange::text)
        .containsExactly("127.0.0.1", "::1", "192.168.2.1", "192.168.2.190", "192.168.2.32",
            "192.168.2.10");
    assertThat(config.global().allowHostnames()).isEmpty();
    assertThat(config.alerts().emailAlertLevel()).isEqualTo(7);
    assertThat(config.alerts().logAlertLevel()).isEqualTo(1);
  }

  @Test
  void serverSampleHasOneSecureListenerAndItsResponses() throws ConfigException {
    OssecConfig config = OssecConfig.load(etc("ossec-server.conf"));
    assertThat(config.remotes()).singleElement().satisfies(r -> {
      assertThat(r.connection()).isEqualTo(RemoteConfig.Connection.SECURE);
      assertThat(r.port()).isEqualTo(1514);
      assertThat(r.protocol()).isEqualTo(Protocol.UDP);
    });
    assertThat(config.commands()).extracting(CommandConfig::name)
        .containsExactly("host-deny", "firewall-drop", "disable-account");
    assertThat(config.command("disable-account").expect()).containsExactly(CommandConfig.Expect.USER);
    assertThat(config.activeResponses()).extracting(ActiveResponseConfig::arName)
        .containsExactly("host-deny600", "firewall-drop600");
    assertThat(config.activeResponses().get(0).locations())
        .containsExactly(ActiveResponseConfig.Location.LOCAL);
    assertThat(config.activeResponses().get(0).level()).isEqualTo(7);
    assertThat(config.syscheck().frequency()).isEqualTo(Duration.ofSeconds(72000));
    assertThat(config.syscheck().nodiff()).extracting(PathFilter::value)
        .containsExactly("/etc/ssl/private.key");
    assertThat(config.rootcheck().rootkitFiles()).isEqualTo("/var/ossec/etc/shared/rootkit_files.txt");
    assertThat(config.client()).isNull();
  }

  @Test
  void agentSampleNamesItsManager() throws ConfigException {
    OssecConfig config = OssecConfig.load(etc("ossec-agent.conf"));
    ClientConfig client = config.client();
    assertThat(client).isNotNull();
    assertThat(client.servers()).containsExactly("192.168.10.100");
    assertThat(client.port()).isEqualTo(1514);
    assertThat(client.notifyTime()).isEqualTo(Duration.ofSeconds(600));
    assertThat(client.timeReconnect()).isEqualTo(Duration.ofSeconds(1800));
    assertThat(config.remotes()).isEmpty();
    assertThat(config.syscheck().frequency()).isEqualTo(Duration.ofSeconds(7200));
    assertThat(config.localfiles()).hasSize(8).allMatch(l -> l.source().endsWith("ossec-agent.conf"));
    assertThat(config.localfiles().get(6).logFormat()).isEqualTo(LogFormat.APACHE);
    assertThat(config.localfiles().get(6).location()).isEqualTo("/var/www/logs/access_log");
  }

  @Test
  void localSampleHasNoRemoteAndMoreRules() throws ConfigException {
    OssecConfig config = OssecConfig.load(etc("ossec-local.conf"));
    assertThat(config.remotes()).isEmpty();
    assertThat(config.rules().entries()).hasSize(69);
    assertThat(config.syscheck().frequency()).isEqualTo(Duration.ofSeconds(17200));
    WatchedDirectory etcDir = config.syscheck().directories().get(0);
    assertThat(etcDir.checks()).containsExactlyInAnyOrder(FileCheck.values());
    assertThat(etcDir.line()).isEqualTo(89);
  }
}
