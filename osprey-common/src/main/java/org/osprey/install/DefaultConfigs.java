package org.osprey.install;

/**
 * Osprey's default configuration files. The sections and options are OSSEC 4.3.0's, so an OSSEC user reads
 * them without surprise; the selection and the comments are Osprey's. {@code osprey install} writes them only
 * where no file exists yet, so edits survive a re-install.
 */
public final class DefaultConfigs {
  private DefaultConfigs() {}

  /** The {@code etc/ossec.conf} of an install type. */
  public static String ossecConf(InstallType type) {
    StringBuilder out = new StringBuilder();
    out.append(
        """
        <!--
          Osprey configuration (%s install). Same sections and options as OSSEC 4.3.0's ossec.conf.
          Osprey never overwrites this file: re-running `osprey install` keeps your edits.
        -->
        <ossec_config>
        """
            .formatted(type.id()));
    switch (type) {
      case LOCAL -> out.append(ANALYSIS);
      case SERVER -> out.append(ANALYSIS).append(SERVER_EXTRA);
      case AGENT -> out.append(AGENT_CLIENT);
    }
    out.append(HOST_MONITORING);
    out.append("</ossec_config>\n");
    return out.toString();
  }

  private static final String ANALYSIS =
      """
        <global>
          <!-- No e-mail until you set email_to, smtp_server and email_from and turn this on. -->
          <email_notification>no</email_notification>
          <!-- yes also writes every event, alerting or not, to logs/archives/archives.log. -->
          <logall>no</logall>
          <!-- logs/alerts/alerts.json beside alerts.log. -->
          <jsonout_output>yes</jsonout_output>
        </global>

        <alerts>
          <!-- Alerts of this level and above go to alerts.log; of the second, to e-mail. -->
          <log_alert_level>1</log_alert_level>
          <email_alert_level>7</email_alert_level>
        </alerts>

        <rules>
          <!-- Osprey's decoders and rules (replaced on upgrade), then yours (kept). -->
          <decoder_dir pattern=".xml$">ruleset/decoders</decoder_dir>
          <decoder>etc/local_decoder.xml</decoder>
          <rule_dir pattern=".xml$">ruleset/rules</rule_dir>
          <include>local_rules.xml</include>
        </rules>

      """;

  private static final String SERVER_EXTRA =
      """
        <!-- Agents: the encrypted channel from every agent. -->
        <remote>
          <connection>secure</connection>
          <port>1514</port>
          <protocol>udp</protocol>
        </remote>

        <!-- Network devices sending syslog. Add their addresses to allowed-ips. -->
        <remote>
          <connection>syslog</connection>
          <port>514</port>
          <protocol>udp</protocol>
          <allowed-ips>127.0.0.1</allowed-ips>
        </remote>

        <!-- Agent enrolment (TLS). OSSEC's ossec-authd takes these as command-line flags. To run it with
             the other daemons, create etc/sslmanager.cert and etc/sslmanager.key (see bin/ossec-authd -h)
             and set disabled to no. -->
        <auth>
          <disabled>yes</disabled>
          <port>1515</port>
          <use_source_ip>no</use_source_ip>
        </auth>

      """;

  private static final String AGENT_CLIENT =
      """
        <!-- The manager this agent reports to. -->
        <client>
          <server-ip>127.0.0.1</server-ip>
          <port>1514</port>
          <protocol>udp</protocol>
        </client>

      """;

  private static final String HOST_MONITORING =
      """
        <!-- File integrity: the system's configuration and programs, twice a day. -->
        <syscheck>
          <frequency>43200</frequency>
          <scan_on_start>yes</scan_on_start>
          <directories check_all="yes">/etc,/usr/bin,/usr/sbin</directories>
          <directories check_all="yes">/bin,/sbin</directories>
          <!-- Files that change on their own on a healthy system. -->
          <ignore>/etc/mtab</ignore>
          <ignore>/etc/adjtime</ignore>
          <ignore>/etc/hosts.deny</ignore>
          <ignore>/etc/random-seed</ignore>
          <ignore>/etc/resolv.conf</ignore>
          <ignore>/etc/ld.so.cache</ignore>
          <ignore>/etc/machine-id</ignore>
          <ignore>/etc/cups/subscriptions.conf</ignore>
          <ignore type="sregex">.swp$|.tmp$|~$</ignore>
        </syscheck>

        <!-- Rootkit and policy checks, with the same period. -->
        <rootcheck>
          <disabled>no</disabled>
          <frequency>43200</frequency>
        </rootcheck>

        <!-- Logs to follow. -->
        <localfile>
          <log_format>syslog</log_format>
          <location>/var/log/auth.log</location>
        </localfile>

        <localfile>
          <log_format>syslog</log_format>
          <location>/var/log/syslog</location>
        </localfile>

        <localfile>
          <log_format>syslog</log_format>
          <location>/var/log/dpkg.log</location>
        </localfile>

        <!-- Disk use, every 6 minutes: a full partition raises an alert. -->
        <localfile>
          <log_format>command</log_format>
          <command>df -P</command>
          <alias>df -P</alias>
          <frequency>360</frequency>
        </localfile>

        <!-- Listening TCP ports: a change raises an alert (the alias keeps OSSEC's rule matching). -->
        <localfile>
          <log_format>full_command</log_format>
          <command>ss -ltn | sort</command>
          <alias>netstat -tan listening ports</alias>
          <frequency>360</frequency>
        </localfile>

      """;

  /** Osprey's {@code etc/internal_options.conf}: OSSEC's keys and default values, Osprey's comments. */
  public static String internalOptions() {
    return """
        # Internal options: tuning knobs, with OSSEC 4.3.0's names and default values.
        # Do not edit this file; it may be replaced by an upgrade. Put changes in
        # local_internal_options.conf, which is read after it and wins.

        # ---- analysisd (the analysis engine) ----
        # Seconds a correlation rule looks back when it sets frequency but no timeframe.
        analysisd.default_timeframe=360
        # Hourly statistics: the event-count thresholds for the "too many events" alert.
        analysisd.stats_maxdiff=999000
        analysisd.stats_mindiff=1250
        # Hourly statistics: percent above the average that triggers that alert.
        analysisd.stats_percent_diff=150
        # First-time-seen (FTS) memory: entries kept in memory, shortest value remembered.
        analysisd.fts_list_size=32
        analysisd.fts_min_size_for_str=14
        # 1 writes logs/firewall/firewall.log for firewall events, 0 does not.
        analysisd.log_fw=1
        # Most fields one decoder may extract (the <order> list).
        analysisd.decoder_order_size=256
        # Most past events remembered per if_matched_sid rule.
        analysisd.sid_prev_matched_max=128
        # Worker threads per stage; 0 picks a number from the CPUs.
        analysisd.event_threads=0
        analysisd.rule_matching_threads=0
        analysisd.syscheck_threads=0
        analysisd.rootcheck_threads=0
        analysisd.hostinfo_threads=0
        # Threads that sort incoming queue messages by kind.
        analysisd.input_demux_threads=2
        # Capacity (messages) of each internal queue of the engine.
        analysisd.decode_event_queue_size=16384
        analysisd.raw_input_queue_size=16384
        analysisd.decode_syscheck_queue_size=16384
        analysisd.decode_rootcheck_queue_size=16384
        analysisd.decode_hostinfo_queue_size=16384
        analysisd.decode_output_queue_size=16384
        analysisd.alerts_queue_size=16384
        analysisd.statistical_queue_size=16384
        analysisd.archives_queue_size=16384
        analysisd.firewall_queue_size=16384
        analysisd.fts_queue_size=16384
        # Milliseconds a full internal queue may hold up its producer before the event counts as dropped.
        analysisd.raw_input_push_wait_ms=25
        analysisd.demux_push_wait_ms=50
        analysisd.shard_push_wait_ms=75
        analysisd.alerts_push_wait_ms=100
        # Seconds between rewrites of var/run/ossec-analysisd.state; 0 turns it off.
        analysisd.state_interval=5
        # 1 adds GeoIP fields to alerts.json.
        analysisd.geoip_jsonout=0
        # Debug lines in ossec.log: 0 none, 1 some, 2 all.
        analysisd.debug=0

        # ---- remoted (agents and syslog devices) ----
        # Messages between writes of the anti-replay counters to queue/rids.
        remoted.recv_counter_flush=128
        # Messages between log lines with the average compression ratio.
        remoted.comp_average_printout=19999
        # 1 rejects agent messages whose counters go backwards (replays); 0 accepts them.
        remoted.verify_msg_id=1
        # 1 keeps remoted running with an empty client.keys.
        remoted.pass_empty_keyfile=0
        # Syslog over TCP: worker threads, most clients served or waiting, read timeout (s).
        remoted.syslog_tcp_worker_pool=16
        remoted.syslog_tcp_max_tasks=64
        remoted.syslog_tcp_read_timeout=30
        remoted.debug=0

        # ---- logcollector (log files and commands) ----
        # Seconds between checks of followed files for new lines, rotation or truncation.
        logcollector.loop_timeout=2
        # Tries to open a missing file before giving up on it.
        logcollector.open_attempts=8
        # 1 runs command and full_command entries pushed from the manager's agent.conf.
        logcollector.remote_commands=0
        # Lines read from one file in a row before the other files get their turn.
        logcollector.max_lines=10000
        # Longest line sent, in bytes (OSSEC's limit); longer lines are cut and logged.
        logcollector.max_line_length=5887
        # Seconds a command or full_command may run before it is killed and reported.
        logcollector.command_timeout=60
        logcollector.debug=0
        """;
  }

  /** The empty {@code etc/local_internal_options.conf}. */
  public static String localInternalOptions() {
    return """
        # Your internal options: any key of internal_options.conf set here wins over it,
        # and this file is kept on upgrade. Example:
        # analysisd.debug=1
        """;
  }

  /** The starting {@code rules/local_rules.xml}: an empty group and a commented example. */
  public static String localRules() {
    return """
        <!--
          Your rules. Loaded after Osprey's ruleset and kept on upgrade. Use ids 100000 to 119999.
          Example: alert at level 10 on any successful login from 203.0.113.7.

          <rule id="100001" level="10">
            <if_group>authentication_success</if_group>
            <srcip>203.0.113.7</srcip>
            <description>Login from the audit host.</description>
          </rule>
        -->
        <group name="local,">
        </group>
        """;
  }

  /** The starting {@code etc/local_decoder.xml}: a commented example only. */
  public static String localDecoder() {
    return """
        <!--
          Your decoders. Loaded after Osprey's decoders and kept on upgrade.
          Example: take user and source address from "myapp: login user=alice from=198.51.100.4".

          <decoder name="myapp">
            <program_name>^myapp</program_name>
          </decoder>

          <decoder name="myapp-login">
            <parent>myapp</parent>
            <regex>^login user=(\\S+) from=(\\S+)</regex>
            <order>user, srcip</order>
          </decoder>
        -->
        """;
  }
}
