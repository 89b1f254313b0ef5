package org.osprey.config;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every internal option OSSEC 4.3 reads, with the range its daemons enforce, and Osprey's own
 * options (marked as extensions), declared once. The default file shipped with Osprey and the
 * reference docs follow this list.
 */
public final class InternalOptionSchema {
  private static final List<InternalOption> ALL = build();

  private InternalOptionSchema() {}

  /** Every declared option, grouped by section. */
  public static List<InternalOption> all() {
    return ALL;
  }

  /** The option declared as {@code section.name}, or null. */
  public static @Nullable InternalOption find(String section, String name) {
    for (InternalOption o : ALL) {
      if (o.section().equals(section) && o.name().equals(name)) {
        return o;
      }
    }
    return null;
  }

  private static List<InternalOption> build() {
    List<InternalOption> o = new ArrayList<>();
    String a = "analysisd";
    o.add(new InternalOption(a, "default_timeframe", 60, 604800, 360,
        "Seconds a frequency rule looks back when it sets no timeframe."));
    o.add(new InternalOption(a, "stats_maxdiff", 10, 999999, 999000,
        "Upper bound of the hourly event-count difference before a statistics alert."));
    o.add(new InternalOption(a, "stats_mindiff", 10, 999999, 1250,
        "Lower bound of the hourly event-count difference before a statistics alert."));
    o.add(new InternalOption(a, "stats_percent_diff", 5, 9999, 150,
        "How far, in percent, an hour may stray from its average before a statistics alert."));
    o.add(new InternalOption(a, "fts_list_size", 12, 512, 32,
        "Entries kept in memory by the first-time-seen (FTS) store."));
    o.add(new InternalOption(a, "fts_min_size_for_str", 6, 128, 14,
        "Shortest value the first-time-seen store records."));
    o.add(new InternalOption(a, "log_fw", 0, 1, 1,
        "1: write firewall events to logs/firewall/firewall.log."));
    o.add(new InternalOption(a, "decoder_order_size", 8, 1024, 256,
        "Most fields a decoder's <order> may name."));
    o.add(new InternalOption(a, "sid_prev_matched_max", 16, 65536, 128,
        "Most past events remembered per if_matched_sid correlation list."));
    for (String t : List.of("event", "rule_matching", "syscheck", "rootcheck", "hostinfo")) {
      o.add(new InternalOption(a, t + "_threads", 0, 32, 0,
          "Worker threads for " + t.replace('_', ' ') + " (0: one per CPU, at most 32)."));
    }
    o.add(new InternalOption(a, "input_demux_threads", 1, 8, 2,
        "Threads that spread incoming messages over the decoding queues."));
    for (String q : List.of("decode_event", "raw_input", "decode_syscheck", "decode_rootcheck",
        "decode_hostinfo", "decode_output", "alerts", "statistical", "archives", "firewall", "fts")) {
      o.add(new InternalOption(a, q + "_queue_size", 128, 2_000_000, 16384,
          "Capacity of the " + q.replace('_', ' ') + " queue, in messages."));
    }
    o.add(new InternalOption(a, "raw_input_push_wait_ms", 0, 5000, 25,
        "Milliseconds a full input queue is waited on before a message counts as dropped."));
    o.add(new InternalOption(a, "demux_push_wait_ms", 0, 5000, 50,
        "Milliseconds a full decoding queue is waited on before a drop is counted."));
    o.add(new InternalOption(a, "shard_push_wait_ms", 0, 5000, 75,
        "Milliseconds a full rule-matching queue is waited on before a drop is counted."));
    o.add(new InternalOption(a, "alerts_push_wait_ms", 0, 5000, 100,
        "Milliseconds a full alert-writer queue is waited on before a drop is counted."));
    o.add(new InternalOption(a, "state_interval", 0, 86400, 5,
        "Seconds between two writes of the analysisd state file (0: never)."));
    o.add(new InternalOption(a, "geoip_jsonout", 0, 1, 0,
        "1: add GeoIP fields to alerts.json."));
    o.add(new InternalOption("logcollector", "loop_timeout", 1, 120, 2,
        "Seconds between two looks at the followed files."));
    o.add(new InternalOption("logcollector", "open_attempts", 2, 998, 8,
        "Tries to reopen a log file that went away before giving up on it."));
    o.add(new InternalOption("logcollector", "remote_commands", 0, 1, 0,
        "1: accept command and full_command entries from the manager's agent.conf."));
    o.add(InternalOption.extension("logcollector", "max_lines", 100, 1_000_000, 10_000,
        "Lines read from one file in a row before the other files get their turn."));
    o.add(InternalOption.extension("logcollector", "max_line_length", 256, 60_000, 5887,
        "Longest line sent, in bytes; longer lines are cut and logged (OSSEC: 5887)."));
    o.add(InternalOption.extension("logcollector", "command_timeout", 1, 86_400, 60,
        "Seconds a command or full_command may run before it is killed and reported."));
    o.add(new InternalOption("ossec", "thread_stack_size", 2048, 65536, 2048,
        "Stack size of worker threads, in KiB."));
    String r = "remoted";
    o.add(new InternalOption(r, "recv_counter_flush", 10, 999999, 128,
        "Messages received between two writes of an agent's counter to queue/rids."));
    o.add(new InternalOption(r, "comp_average_printout", 10, 999999, 19999,
        "Messages between two log lines with the average compression ratio."));
    o.add(new InternalOption(r, "verify_msg_id", 0, 1, 1,
        "1: refuse agent messages whose counter goes backwards (replays)."));
    o.add(new InternalOption(r, "pass_empty_keyfile", 0, 1, 0,
        "1: keep running when client.keys has no agent yet."));
    o.add(new InternalOption(r, "syslog_tcp_worker_pool", 1, 64, 16,
        "Threads serving syslog TCP clients, one client each at a time."));
    o.add(new InternalOption(r, "syslog_tcp_max_tasks", 1, 1024, 64,
        "Syslog TCP clients accepted at once, waiting ones included."));
    o.add(new InternalOption(r, "syslog_tcp_read_timeout", 1, 3600, 30,
        "Seconds a syslog TCP client may stay silent before it is dropped."));
    String m = "maild";
    o.add(new InternalOption(m, "strict_checking", 0, 1, 1,
        "1: treat any unexpected SMTP reply as a failure."));
    o.add(new InternalOption(m, "groupping", 0, 1, 1,
        "1: send alerts that arrive close together in one e-mail (OSSEC's spelling)."));
    o.add(new InternalOption(m, "full_subject", 0, 1, 0,
        "1: use the short 'OSSEC Notification' subject (OSSEC's naming is inverted)."));
    o.add(new InternalOption(m, "geoip", 0, 1, 1,
        "1: show GeoIP locations in e-mails."));
    o.add(new InternalOption(m, "max_workers", 1, 32, 6,
        "E-mails sent in parallel."));
    o.add(new InternalOption("authd", "worker_pool", 1, 128, 8,
        "Threads handling enrolment requests."));
    o.add(new InternalOption("authd", "max_connections", 1, 512, 64,
        "Enrolment connections accepted at once, waiting ones included."));
    String mo = "monitord";
    o.add(new InternalOption(mo, "day_wait", 5, 240, 10,
        "Seconds after midnight before yesterday's logs are signed and compressed."));
    o.add(new InternalOption(mo, "max_report_workers", 1, 16, 4,
        "Daily reports mailed in parallel."));
    o.add(new InternalOption(mo, "compress", 0, 1, 1, "1: gzip yesterday's logs."));
    o.add(new InternalOption(mo, "sign", 0, 1, 1,
        "1: write checksum files for yesterday's logs (OSSEC always does)."));
    o.add(new InternalOption(mo, "monitor_agents", 0, 1, 1,
        "1: raise an alert when an agent stops reporting."));
    o.add(new InternalOption(mo, "notify_time", 60, 3600, 600,
        "The agents' keepalive interval; an agent is lost after three missed ones plus 30 s."));
    o.add(new InternalOption("syscheck", "sleep", 0, 64, 2,
        "Seconds syscheck pauses after each batch of sleep_after files."));
    o.add(new InternalOption("syscheck", "sleep_after", 1, 9999, 15,
        "Files hashed between two pauses."));
    o.add(new InternalOption("rootcheck", "sleep", 0, 64, 2,
        "Seconds rootcheck pauses after checking a process or port."));
    o.add(new InternalOption("dbd", "reconnect_attempts", 1, 9999, 10,
        "Times dbd tries to reconnect to the database before giving up."));
    for (String d : List.of("windows", "syscheck", "remoted", "analysisd", "logcollector", "agent",
        "authd")) {
      o.add(new InternalOption(d, "debug", 0, 2, 0,
          "Debug logging of " + d + " (0: off, 1: some, 2: everything)."));
    }
    return List.copyOf(o);
  }
}
