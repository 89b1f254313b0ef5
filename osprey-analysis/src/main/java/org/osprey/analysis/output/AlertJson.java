package org.osprey.analysis.output;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.OrderSlot;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.rule.Rule;
import org.osprey.text.CivilTime;

/**
 * One alerts.json or archives.json line: a compact object with Wazuh 4.x's names and key order (see
 * the package description for the mapping from OSSEC's {@code to_json.c}), then a newline.
 *
 * <p>Not thread-safe: one instance per writer thread. It keeps a view of each rule it has printed.
 */
public final class AlertJson {
  /** Standard fields in Wazuh's order inside {@code data}, with their names there. */
  private static final Field[] DATA_FIELDS = {Field.PROTOCOL, Field.ACTION, Field.SRCIP,
      Field.SRCPORT, Field.SRCUSER, Field.DSTIP, Field.DSTPORT, Field.DSTUSER, Field.ID,
      Field.STATUS, Field.URL, Field.DATA, Field.SYSTEM_NAME};
  private static final String[] DATA_NAMES = {"protocol", "action", "srcip", "srcport", "srcuser",
      "dstip", "dstport", "dstuser", "id", "status", "url", "extra_data", "system_name"};

  private final String managerName;
  private final AgentIds agentIds;
  private final JsonWriter json = new JsonWriter(new StringBuilder());
  private final Map<Rule, RuleView> views = new IdentityHashMap<>();
  private final List<String> dataKeys = new ArrayList<>();
  private final List<String> dataValues = new ArrayList<>();

  /**
   * @param managerName the server's host name ({@code manager.name}, and {@code agent.name} of
   *     local
   *     events)
   * @param agentIds where agent ids come from
   */
  public AlertJson(String managerName, AgentIds agentIds) {
    this.managerName = managerName;
    this.agentIds = agentIds;
  }

  /**
   * Appends the line for {@code e} to {@code out}.
   *
   * @param rule the alert's rule, or null for an archived event that raised no alert
   * @param alertId the alert id ({@code id} is {@code <time>.<alertId>}), or 0 to leave {@code id}
   *     out
   * @param firedTimes the rule's {@code firedtimes} (left out when 0)
   */
  public void format(Event e, @Nullable Rule rule, long alertId, long firedTimes,
      StringBuilder out) {
    JsonWriter w = json.reset(out);
    w.beginObject();
    timestamp(e, w.name("timestamp").rawValue());
    if (rule != null) {
      rule(w, rule, e, firedTimes);
    }
    agent(w, e);
    w.name("manager").beginObject().field("name", managerName).endObject();
    if (alertId > 0) {
      w.name("id").rawValue().append('"').append(e.epochSecond()).append('.').append(alertId)
          .append('"');
    }
    previousOutput(w, e);
    w.field("full_log", e.fullLog());
    Decoder d = DecoderSet.of(e);
    boolean syscheck = d != null && d.name().startsWith("syscheck_");
    if (syscheck && e.get(Field.FILENAME) != null) {
      w.name("syscheck").beginObject().field("path", e.get(Field.FILENAME)).endObject();
    }
    predecoder(w, e);
    if (d != null) {
      w.name("decoder").beginObject();
      if (d.accumulate()) {
        w.name("accumulate").value(1);
      }
      w.field("parent", d.parent()).field("name", d.name()).field("ftscomment", d.ftsComment());
      w.endObject();
    }
    data(w, e, d, syscheck);
    w.field("location", location(e.location()));
    w.endObject();
    out.append('\n');
  }

  private void rule(JsonWriter w, Rule rule, Event e, long firedTimes) {
    RuleView v = views.computeIfAbsent(rule, RuleView::of);
    w.name("rule").beginObject();
    if (rule.level() != 0) {
      w.name("level").value(rule.level());
    }
    w.field("description", rule.description());
    if (rule.id() != 0) {
      w.name("id").value(Integer.toString(rule.id()));
    }
    w.field("cve", v.cve()).field("info", v.info());
    if (rule.frequency() > 0) {
      w.name("frequency").value(rule.frequency());
    }
    if (firedTimes > 0) {
      w.name("firedtimes").value(firedTimes);
    }
    w.name("mail").value(rule.mail());
    w.name("groups").beginArray();
    for (String g : v.groups()) {
      w.value(g);
    }
    w.endArray();
    Map<String, List<String>> tags = v.rootcheck() ? RootcheckTags.parse(e.fullLog()) : Map.of();
    for (Map.Entry<String, List<String>> c : v.compliance().entrySet()) {
      w.name(c.getKey()).beginArray();
      c.getValue().forEach(w::value);
      List<String> more = tags.get(c.getKey());
      if (more != null) {
        more.forEach(w::value);
      }
      w.endArray();
    }
    for (Map.Entry<String, List<String>> t : tags.entrySet()) {
      if (!v.compliance().containsKey(t.getKey())) {
        w.name(t.getKey()).beginArray();
        t.getValue().forEach(w::value);
        w.endArray();
      }
    }
    w.endObject();
  }

  private void agent(JsonWriter w, Event e) {
    w.name("agent").beginObject();
    String loc = e.location();
    if (e.fromAgent()) {
      int close = loc.indexOf(')');
      String name = close < 0 ? loc.substring(1) : loc.substring(1, close);
      w.field("id", agentIds.idOf(name)).field("name", name);
      if (close >= 0 && close + 2 <= loc.length()) {
        int dash = loc.indexOf('-', close + 2);
        String ip = dash < 0 ? loc.substring(close + 2) : loc.substring(close + 2, dash);
        if (!ip.equals("any")) {
          w.field("ip", ip);
        }
      }
    } else {
      w.field("id", "000").field("name", managerName);
    }
    w.endObject();
  }

  /** Wazuh's previous_output: the earlier lines, when there are two or more, the second set. */
  private static void previousOutput(JsonWriter w, Event e) {
    List<String> lasts = e.lastEvents();
    if (lasts.size() < 2 || lasts.get(1).isEmpty()) {
      return;
    }
    w.name("previous_output").value(String.join("\n", lasts));
  }

  /** program_name, and the time stamp and host name of a syslog header at the start of full_log. */
  private static void predecoder(JsonWriter w, Event e) {
    String program = e.programName();
    String log = e.fullLog();
    int hostEnd = syslogHostEnd(log);
    if (program == null && hostEnd < 0) {
      return;
    }
    w.name("predecoder").beginObject().field("program_name", program);
    if (hostEnd >= 0) {
      w.field("timestamp", log.substring(0, 15)).field("hostname", log.substring(16, hostEnd));
    }
    w.endObject();
  }

  /**
   * Where the host name ends in {@code log} when it starts as Wazuh's pattern
   * {@code ^[A-Z][a-z][a-z] [ 0123][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9] ([^ ]+)}, or -1.
   */
  static int syslogHostEnd(String log) {
    if (log.length() < 17) {
      return -1;
    }
    String shape = "Aaa _9 99:99:99 ";
    for (int i = 0; i < shape.length(); i++) {
      char c = log.charAt(i);
      boolean ok = switch (shape.charAt(i)) {
        case 'A' -> c >= 'A' && c <= 'Z';
        case 'a' -> c >= 'a' && c <= 'z';
        case '9' -> c >= '0' && c <= '9';
        case '_' -> c == ' ' || (c >= '0' && c <= '3');
        default -> c == shape.charAt(i);
      };
      if (!ok) {
        return -1;
      }
    }
    int end = log.indexOf(' ', 16);
    if (end < 0) {
      end = log.length();
    }
    return end > 16 ? end : -1;
  }

  private void data(JsonWriter w, Event e, @Nullable Decoder d, boolean syscheck) {
    List<String> keys = dataKeys;
    List<String> values = dataValues;
    keys.clear();
    values.clear();
    for (int i = 0; i < DATA_FIELDS.length; i++) {
      String v = e.get(DATA_FIELDS[i]);
      if (v != null) {
        keys.add(DATA_NAMES[i]);
        values.add(v);
      }
    }
    String file = e.get(Field.FILENAME);
    if (!syscheck && file != null) {
      keys.add("filename");
      values.add(file);
    }
    boolean nested = false;
    if (d != null && !syscheck) {
      List<OrderSlot> order = d.order();
      for (int i = 0; i < order.size(); i++) {
        String name = order.get(i).dynamicName();
        String v = e.dynamic(i);
        if (name != null && v != null && !v.isEmpty()) {
          keys.add(name);
          values.add(v);
          nested |= name.indexOf('.') >= 0;
        }
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    w.name("data");
    if (nested) {
      writeTree(w, DataTree.build(keys, values));
      return;
    }
    w.beginObject();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.subList(0, i).contains(keys.get(i))) {
        continue;
      }
      w.name(keys.get(i)).value(values.get(i));
    }
    w.endObject();
  }

  private static void writeTree(JsonWriter w, Map<String, Object> tree) {
    w.beginObject();
    for (Map.Entry<String, Object> m : tree.entrySet()) {
      w.name(m.getKey());
      if (m.getValue() instanceof String s) {
        w.value(s);
      } else {
        @SuppressWarnings("unchecked")
        Map<String, Object> sub = (Map<String, Object>) m.getValue();
        writeTree(w, sub);
      }
    }
    w.endObject();
  }

  /** Wazuh's location: for agents, the part after the first {@code >}. */
  static String location(String location) {
    if (location.startsWith("(")) {
      int gt = location.indexOf('>');
      if (gt >= 0) {
        return location.substring(gt + 1);
      }
    }
    return location;
  }

  /** {@code yyyy-MM-ddTHH:mm:ss.000±hhmm} in the event's zone, as Wazuh's W_JSON_AddTimestamp. */
  private static void timestamp(Event e, StringBuilder out) {
    LocalDateTime t = e.localTime();
    ZoneOffset off = e.zone().getRules().getOffset(Instant.ofEpochSecond(e.epochSecond()));
    out.append('"');
    CivilTime.pad(out, t.getYear(), 4).append('-');
    CivilTime.pad(out, t.getMonthValue(), 2).append('-');
    CivilTime.pad(out, t.getDayOfMonth(), 2).append('T');
    CivilTime.pad(out, t.getHour(), 2).append(':');
    CivilTime.pad(out, t.getMinute(), 2).append(':');
    CivilTime.pad(out, t.getSecond(), 2).append(".000");
    int secs = off.getTotalSeconds();
    out.append(secs < 0 ? '-' : '+');
    secs = Math.abs(secs);
    CivilTime.pad(out, secs / 3600, 2);
    CivilTime.pad(out, secs / 60 % 60, 2).append('"');
  }

  /** Dotted dynamic field names as nested objects, as Wazuh's W_JSON_AddField. */
  static final class DataTree {
    private DataTree() {}

    static Map<String, Object> build(List<String> keys, List<String> values) {
      Map<String, Object> root = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        add(root, keys.get(i), values.get(i));
      }
      return root;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> node, String key, String value) {
      int dot = key.indexOf('.');
      if (dot < 0) {
        node.putIfAbsent(key, value);
        return;
      }
      Object child = node.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>());
      if (child instanceof Map<?, ?> m) {
        add((Map<String, Object>) m, key.substring(dot + 1), value);
      }
    }
  }
}
