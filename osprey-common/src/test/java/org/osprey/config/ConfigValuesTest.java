package org.osprey.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each section reads, defaults included. */
class ConfigValuesTest {

  private static OssecConfig parse(String body) throws ConfigException {
    return OssecConfig.parse("<ossec_config>\n" + body + "\n</ossec_config>\n", "test.conf");
  }

  @Test
  void defaultsAreOssecs() {
    OssecConfig d = OssecConfig.defaults();
    assertThat(d.global().memorySize()).isEqualTo(8192);
    assertThat(d.global().stats()).isEqualTo(4);
    assertThat(d.global().email().notification()).isFalse();
    assertThat(d.global().email().maxPerHour()).isEqualTo(12);
    assertThat(d.global().email().heloServer()).isEqualTo("notify.ossec.net");
    assertThat(d.alerts().emailAlertLevel()).isEqualTo(7);
    assertThat(d.alerts().logAlertLevel()).isEqualTo(1);
    assertThat(d.syscheck().autoIgnore()).isTrue();
    assertThat(d.syscheck().scanOnStart()).isTrue();
    assertThat(d.rootcheck().frequency()).isEqualTo(Duration.ofSeconds(72000));
    assertThat(d.rootcheck().checks()).containsExactlyInAnyOrder(RootcheckConfig.Check.values());
    assertThat(d.auth().port()).isEqualTo(1515);
    assertThat(d.auth().usePassword()).isTrue();
    assertThat(d.client()).isNull();
    assertThat(d.databaseOutput()).isNull();
    assertThat(d.rules().entries()).isEmpty();
  }

  @Test
  void surroundingWhitespaceAndCaseAreTolerated() throws ConfigException {
    OssecConfig c = parse("""
        <Global>
          <LogAll>
            YES
          </LogAll>
          <email_maxperhour> 30 </email_maxperhour>
        </Global>
        <remote><connection> Syslog </connection><protocol>TCP</protocol></remote>
        """);
    assertThat(c.global().logAll()).isTrue();
    assertThat(c.global().email().maxPerHour()).isEqualTo(30);
    assertThat(c.remotes().get(0).connection()).isEqualTo(RemoteConfig.Connection.SYSLOG);
    assertThat(c.remotes().get(0).protocol()).isEqualTo(Protocol.TCP);
    assertThat(c.remotes().get(0).port()).isEqualTo(514);
  }

  @Test
  void repeatedMergedSectionsKeepTheLastSingleValueAndEveryListValue() throws ConfigException {
    OssecConfig c = parse("""
        <global><email_to>a@example.com</email_to><stats>5</stats><memory_size>100</memory_size></global>
        <global><email_to>b@example.com</email_to><stats>6</stats><allow_list>gw.example.com</allow_list></global>
        """);
    assertThat(c.global().email().to()).containsExactly("a@example.com", "b@example.com");
    assertThat(c.global().stats()).isEqualTo(6);
    assertThat(c.global().memorySize()).isEqualTo(2048);
    assertThat(c.global().allowHostnames()).containsExactly("gw.example.com");
  }

  @Test
  void rulesKeepOneOrderedListWithDirectoryPatterns() throws ConfigException {
    RulesConfig rules = parse("""
        <rules>
          <decoder>etc/decoder.xml</decoder>
          <include>rules_config.xml</include>
          <rule_dir pattern="_rules.xml$">rules/custom</rule_dir>
          <list>lists/bad-ips</list>
          <rule>local_rules.xml</rule>
          <decoder_dir>etc/decoders</decoder_dir>
        </rules>
        """).rules();
    assertThat(rules.entries()).extracting(RulesConfig.Entry::kind).containsExactly(
        RulesConfig.Kind.DECODER_FILE, RulesConfig.Kind.RULE_FILE, RulesConfig.Kind.RULE_DIR,
        RulesConfig.Kind.LIST, RulesConfig.Kind.RULE_FILE, RulesConfig.Kind.DECODER_DIR);
    assertThat(rules.entries().get(2).pattern()).isEqualTo("_rules.xml$");
    assertThat(rules.entries().get(5).pattern()).isEqualTo(".xml$");
    assertThat(rules.entries(RulesConfig.Kind.RULE_FILE)).extracting(RulesConfig.Entry::path)
        .containsExactly("rules_config.xml", "local_rules.xml");
    assertThat(rules.entries().get(3).line()).isEqualTo(6);
    assertThat(rules.hasDecoders()).isTrue();
  }

  @Test
  void directoriesApplyTheirAttributesInOrder() throws ConfigException {
    SyscheckConfig s = parse("""
        <syscheck>
          <frequency>2h</frequency>
          <scan_time>9:30 pm</scan_time>
          <scan_day>weekends, mon</scan_day>
          <directories check_all="no" check_size="yes" realtime="yes" report_changes="yes">/var/www, /srv</directories>
          <directories check_sum="yes" no_recurse="yes" restrict=".php$">/opt</directories>
          <ignore type="sregex">.log$</ignore>
          <ignore>/etc/mtab</ignore>
        </syscheck>
        """).syscheck();
    assertThat(s.frequency()).isEqualTo(Duration.ofHours(2));
    assertThat(s.scanTime()).isEqualTo(LocalTime.of(21, 30));
    assertThat(s.scanDays()).containsExactlyInAnyOrder(
        DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    assertThat(s.directories()).extracting(WatchedDirectory::path)
        .containsExactly("/var/www", "/srv", "/opt");
    WatchedDirectory www = s.directories().get(0);
    assertThat(www.checks()).containsExactly(FileCheck.SIZE);
    assertThat(www.realtime()).isTrue();
    assertThat(www.reportChanges()).isTrue();
    WatchedDirectory opt = s.directories().get(2);
    assertThat(opt.checks()).containsExactlyInAnyOrder(FileCheck.MD5, FileCheck.SHA1, FileCheck.SHA256);
    assertThat(opt.recurse()).isFalse();
    assertThat(opt.restrict()).isEqualTo(".php$");
    assertThat(s.ignore()).containsExactly(
        new PathFilter(".log$", true, "test.conf", 8), new PathFilter("/etc/mtab", false, "test.conf", 9));
  }

  @Test
  void localfileFormatsCommandsAndLabels() throws ConfigException {
    List<LocalfileConfig> files = parse("""
        <localfile>
          <log_format>multi-line: 3</log_format>
          <location>/var/log/app.log</location>
        </localfile>
        <localfile>
          <log_format>full_command</log_format>
          <command>df -P</command>
          <alias>disk usage</alias>
          <frequency>hourly</frequency>
          <check_diff />
          <label key="team">ops</label>
          <label key="env">prod</label>
        </localfile>
        <localfile>
          <log_format>eventchannel</log_format>
          <location>Security</location>
          <query>Event/System[EventID=4624]</query>
          <only-future-events>yes</only-future-events>
        </localfile>
        """).localfiles();
    assertThat(files.get(0).logFormat()).isEqualTo(LogFormat.MULTI_LINE);
    assertThat(files.get(0).multiLineCount()).isEqualTo(3);
    assertThat(files.get(0).frequency()).isEqualTo(Duration.ofSeconds(360));
    LocalfileConfig df = files.get(1);
    assertThat(df.target()).isEqualTo("df -P");
    assertThat(df.location()).isNull();
    assertThat(df.alias()).isEqualTo("disk usage");
    assertThat(df.frequency()).isEqualTo(Duration.ofHours(1));
    assertThat(df.checkDiff()).isTrue();
    assertThat(df.labels()).containsExactly(Map.entry("team", "ops"), Map.entry("env", "prod"));
    assertThat(files.get(2).query()).isEqualTo("Event/System[EventID=4624]");
    assertThat(files.get(2).onlyFutureEvents()).isTrue();
  }

  @Test
  void remoteListenersWithNetworks() throws ConfigException {
    RemoteConfig r = parse("""
        <remote>
          <connection>syslog</connection>
          <port>10514</port>
          <allowed-ips>10.0.0.0/8</allowed-ips>
          <allowed-ips>2001:db8::/32</allowed-ips>
          <denied-ips>!10.1.2.3</denied-ips>
          <local_ip>10.0.0.1</local_ip>
          <ipv6>yes</ipv6>
        </remote>
        """).remotes().get(0);
    assertThat(r.port()).isEqualTo(10514);
    assertThat(r.allowedIps()).extracting(IpRange::prefixLength).containsExactly(8, 32);
    assertThat(r.deniedIps().get(0).negated()).isTrue();
    assertThat(r.localIp().prefixLength()).isEqualTo(32);
    assertThat(r.ipv6()).isTrue();
    assertThat(r.cryptoAccept()).isEqualTo(RemoteConfig.CryptoAccept.ANY);
  }

  @Test
  void outputsAndTheirFilters() throws ConfigException {
    OssecConfig c = parse("""
        <email_alerts>
          <email_to>pager@example.com</email_to>
          <rule_id>5712, 5720,,31151</rule_id>
          <format>sms</format>
          <do_not_delay/>
        </email_alerts>
        <syslog_output>
          <server>10.0.0.5</server>
          <format>json</format>
          <tls>yes</tls>
          <group>authentication_failed|</group>
        </syslog_output>
        <database_output>
          <hostname>db.example.com</hostname>
          <username>ossec</username>
          <password>secret</password>
          <database>alerts</database>
          <type>postgresql</type>
        </database_output>
        """);
    EmailAlertsConfig e = c.emailAlerts().get(0);
    assertThat(e.ruleIds()).containsExactly(5712, 5720, 31151);
    assertThat(e.sms()).isTrue();
    assertThat(e.doNotDelay()).isTrue();
    assertThat(e.doNotGroup()).isFalse();
    SyslogOutputConfig s = c.syslogOutputs().get(0);
    assertThat(s.protocol()).isEqualTo(Protocol.TCP);
    assertThat(s.format()).isEqualTo(SyslogOutputConfig.Format.JSON);
    assertThat(s.port()).isEqualTo(514);
    assertThat(s.group()).isEqualTo("authentication_failed|");
    assertThat(c.databaseOutput().type()).isEqualTo(DatabaseOutputConfig.Type.POSTGRESQL);
    assertThat(c.databaseOutput().toString()).doesNotContain("secret");
  }

  @Test
  void activeResponseManagerAndAgentForms() throws ConfigException {
    OssecConfig c = parse("""
        <command>
          <name>firewall-drop</name>
          <executable>firewall-drop.sh</executable>
          <expect>srcip, username</expect>
          <timeout_allowed>yes</timeout_allowed>
        </command>
        <active-response>
          <command>firewall-drop</command>
          <location>all</location>
          <rules_id>5712,5720</rules_id>
          <timeout>10m</timeout>
        </active-response>
        <active-response>
          <repeated_offenders>30,60,120</repeated_offenders>
        </active-response>
        <active-response>
          <disabled>yes</disabled>
        </active-response>
        """);
    assertThat(c.command("firewall-drop").expect())
        .containsExactlyInAnyOrder(CommandConfig.Expect.SRCIP, CommandConfig.Expect.USER);
    ActiveResponseConfig drop = c.activeResponses().get(0);
    assertThat(drop.arName()).isEqualTo("firewall-drop600");
    assertThat(drop.locations()).containsExactly(ActiveResponseConfig.Location.ALL);
    assertThat(drop.rulesId()).containsExactly(5712, 5720);
    assertThat(c.activeResponses().get(1).command()).isNull();
    assertThat(c.activeResponses().get(1).repeatedOffenders()).containsExactly(30, 60, 120);
    assertThat(c.activeResponses().get(2).disabled()).isTrue();
  }

  @Test
  void agentlessReportsClientAndAuth() throws ConfigException {
    OssecConfig c = parse("""
        <agentless>
          <type>ssh_integrity_check_linux</type>
          <frequency>3600</frequency>
          <host>admin@10.0.0.9</host>
          <host>use_sudo root@10.0.0.10</host>
          <state>periodic_diff</state>
          <arguments>/etc /usr/bin</arguments>
        </agentless>
        <reports>
          <title>Daily auth</title>
          <category>authentication_failure</category>
          <user type="relation">srcip</user>
          <email_to>sec@example.com</email_to>
        </reports>
        <client>
          <server-hostname>manager.example.com</server-hostname>
          <server-ip>10.0.0.2</server-ip>
          <notify_time>60</notify_time>
          <time-reconnect>30</time-reconnect>
          <crypto_method>blowfish</crypto_method>
        </client>
        <auth>
          <use_source_ip>yes</use_source_ip>
          <port>11515</port>
        </auth>
        """);
    AgentlessConfig a = c.agentless().get(0);
    assertThat(a.hosts()).containsExactly("admin@10.0.0.9", "use_sudo root@10.0.0.10");
    assertThat(a.state()).isEqualTo(AgentlessConfig.State.PERIODIC_DIFF);
    ReportConfig r = c.reports().get(0);
    assertThat(r.filters()).containsExactly(
        new ReportConfig.Filter(ReportConfig.Field.GROUP, "authentication_failure", false),
        new ReportConfig.Filter(ReportConfig.Field.USER, "srcip", true));
    ClientConfig client = c.client();
    assertThat(client.servers()).containsExactly("manager.example.com", "10.0.0.2");
    assertThat(client.timeReconnect()).isEqualTo(Duration.ofSeconds(180));
    assertThat(client.cryptoMethod()).isEqualTo(ClientConfig.CryptoMethod.BLOWFISH);
    assertThat(c.auth().useSourceIp()).isTrue();
    assertThat(c.auth().port()).isEqualTo(11515);
  }
}
