package org.osprey.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osprey.xml.OssecXml;
import org.osprey.xml.XmlDocument;
import org.osprey.xml.XmlNode;

class DefaultConfigsTest {

  private static XmlNode root(InstallType type) throws Exception {
    XmlDocument doc = OssecXml.parse(DefaultConfigs.ossecConf(type), type.id() + ".conf");
    assertThat(doc.roots()).hasSize(1);
    XmlNode root = doc.roots().getFirst();
    assertThat(root.name()).isEqualTo("ossec_config");
    return root;
  }

  private static String text(XmlNode parent, String child) {
    return Objects.requireNonNull(parent.child(child), child).content();
  }

  @ParameterizedTest
  @EnumSource(InstallType.class)
  void everyTypeParsesAndMonitorsTheHost(InstallType type) throws Exception {
    XmlNode root = root(type);
    XmlNode syscheck = Objects.requireNonNull(root.child("syscheck"));
    assertThat(syscheck.children("directories")).extracting(XmlNode::content)
        .containsExactly("/etc,/usr/bin,/usr/sbin", "/bin,/sbin");
    assertThat(syscheck.children("ignore")).isNotEmpty();
    assertThat(root.child("rootcheck")).isNotNull();
    List<XmlNode> localfiles = root.children("localfile");
    assertThat(localfiles).filteredOn(l -> l.child("location") != null)
        .extracting(l -> text(l, "location"))
        .containsExactly("/var/log/auth.log", "/var/log/syslog", "/var/log/dpkg.log");
    assertThat(localfiles).filteredOn(l -> l.child("location") != null)
        .allMatch(l -> text(l, "log_format").equals("syslog"));
    assertThat(localfiles).filteredOn(l -> l.child("command") != null)
        .extracting(l -> text(l, "log_format") + " " + text(l, "alias"))
        .containsExactly("command df -P", "full_command netstat -tan listening ports");
  }

  @Test
  void localHasTheAnalysisSections() throws Exception {
    XmlNode root = root(InstallType.LOCAL);
    XmlNode global = Objects.requireNonNull(root.child("global"));
    assertThat(text(global, "email_notification")).isEqualTo("no");
    assertThat(text(global, "logall")).isEqualTo("no");
    assertThat(text(global, "jsonout_output")).isEqualTo("yes");
    XmlNode alerts = Objects.requireNonNull(root.child("alerts"));
    assertThat(text(alerts, "log_alert_level")).isEqualTo("1");
    assertThat(text(alerts, "email_alert_level")).isEqualTo("7");
    XmlNode rules = Objects.requireNonNull(root.child("rules"));
    assertThat(rules.child("decoder_dir").content()).isEqualTo("ruleset/decoders");
    assertThat(rules.child("decoder_dir").attribute("pattern")).isEqualTo(".xml$");
    assertThat(text(rules, "decoder")).isEqualTo("etc/local_decoder.xml");
    assertThat(rules.child("rule_dir").content()).isEqualTo("ruleset/rules");
    assertThat(text(rules, "include")).isEqualTo("local_rules.xml");
    assertThat(root.children("remote")).isEmpty();
    assertThat(root.child("client")).isNull();
  }

  @Test
  void serverAddsRemoteAndAuth() throws Exception {
    XmlNode root = root(InstallType.SERVER);
    assertThat(root.children("remote"))
        .extracting(r -> text(r, "connection") + " " + text(r, "port") + " " + text(r, "protocol"))
        .containsExactly("secure 1514 udp", "syslog 514 udp");
    assertThat(text(root.children("remote").get(1), "allowed-ips")).isEqualTo("127.0.0.1");
    assertThat(root.child("auth")).isNotNull();
    assertThat(root.child("rules")).isNotNull();
  }

  @Test
  void agentReportsToAManagerAndDoesNoAnalysis() throws Exception {
    XmlNode root = root(InstallType.AGENT);
    XmlNode client = Objects.requireNonNull(root.child("client"));
    assertThat(text(client, "server-ip")).isEqualTo("127.0.0.1");
    assertThat(text(client, "port")).isEqualTo("1514");
    assertThat(root.child("rules")).isNull();
    assertThat(root.child("global")).isNull();
  }

  @Test
  void localRulesAndDecodersParse() throws Exception {
    XmlDocument rules = OssecXml.parse(DefaultConfigs.localRules(), "local_rules.xml");
    assertThat(rules.roots()).extracting(XmlNode::name).containsExactly("group");
    assertThat(rules.roots().getFirst().attribute("name")).isEqualTo("local,");
    assertThat(OssecXml.parse(DefaultConfigs.localDecoder(), "local_decoder.xml").roots()).isEmpty();
  }

  @Test
  void internalOptionsUseOssecNamesAndDefaults() {
    List<String> keys =
        DefaultConfigs.internalOptions().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    assertThat(keys)
        .contains(
            "analysisd.default_timeframe=360",
            "analysisd.stats_maxdiff=999000",
            "analysisd.log_fw=1",
            "analysisd.decoder_order_size=256",
            "remoted.verify_msg_id=1",
            "remoted.recv_counter_flush=128",
            "logcollector.loop_timeout=2",
            "logcollector.open_attempts=8",
            "logcollector.remote_commands=0");
    assertThat(keys).allMatch(l -> l.matches("(analysisd|remoted|logcollector)\\.[a-z_]+=\\d+"));
  }
}
