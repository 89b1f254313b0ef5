package org.osprey.analysis.rule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.cdb.ListField;
import org.osprey.analysis.cdb.LookupType;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.decoder.FtsItem;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.load.Problems;
import org.osprey.analysis.pattern.OsPattern;
import org.osprey.analysis.pattern.PatternException;
import org.osprey.analysis.pattern.Patterns;
import org.osprey.xml.OssecXml;
import org.osprey.xml.XmlDocument;
import org.osprey.xml.XmlNode;
import org.osprey.xml.XmlParseException;

/**
 * Loads rule files in order into a {@link RuleSet}, as OSSEC's {@code Rules_OP_ReadRules}: parses and
 * validates each rule, places it in the tree as it is read (so {@code if_sid}, {@code if_group},
 * {@code if_level} and {@code if_matched_*} only see rules loaded before), and wires the correlation
 * lists. Problems are collected with file and line; a rule with a problem is left out.
 */
public final class RuleLoader {
  /** OSSEC's limit for one piece of a repeated rule element. */
  static final int MAX_PIECE = 2048;

  /** What rules take from ossec.conf and internal options. */
  public record Settings(int emailAlertLevel, int logAlertLevel, int defaultTimeframe) {
    public static Settings defaults() {
      return new Settings(7, 1, 360);
    }
  }

  private final Settings settings;
  private final DecoderSet decoders;
  private final Problems problems;
  private final List<Rule> rules = new ArrayList<>();
  private final List<Draft> drafts = new ArrayList<>();
  private final List<RuleNode> top = new ArrayList<>();
  private final Map<Integer, Rule> byId = new HashMap<>();
  private final Map<Integer, Integer> sidListOf = new HashMap<>();
  private final List<int[]> feedsGroups = new ArrayList<>();
  private final List<Integer> searchLists = new ArrayList<>();
  private int groupLists;
  private int maxFrequency;

  public RuleLoader(Settings settings, DecoderSet decoders, Problems problems) {
    this.settings = settings;
    this.decoders = decoders;
    this.problems = problems;
  }

  /** Loads one rule file. */
  public void load(Path file) {
    XmlDocument doc;
    try {
      doc = OssecXml.parse(file);
    } catch (XmlParseException e) {
      problems.error(e.source(), e.line(), e.reason());
      return;
    } catch (IOException e) {
      problems.error(file.toString(), 0, "cannot read rule file: " + e.getMessage());
      return;
    }
    load(doc);
  }

  /** Loads the rules of a parsed file. */
  public void load(XmlDocument doc) {
    for (XmlNode group : doc.roots()) {
      if (!group.is("group")) {
        problems.error(group, "invalid root element <" + group.name() + "> (only <group> is allowed)");
        continue;
      }
      String name = group.attribute("name");
      if (name == null || group.attributes().size() != 1) {
        problems.error(group, "<group> must have exactly one attribute, name");
        continue;
      }
      for (XmlNode r : group.children()) {
        if (!r.is("rule")) {
          problems.error(r, "invalid element <" + r.name() + "> in <group> (only <rule> is allowed)");
          continue;
        }
        Draft d = parse(r, name);
        if (d != null) {
          place(d, r);
        }
      }
    }
  }

  /** Finishes loading. */
  public RuleSet build() {
    int n = rules.size();
    int[] feedsSid = new int[n];
    int[][] feedsGroup = new int[n][];
    int[] search = new int[n];
    for (int i = 0; i < n; i++) {
      Integer s = sidListOf.get(rules.get(i).id());
      feedsSid[i] = s == null ? -1 : s;
      feedsGroup[i] = feedsGroups.get(i);
      search[i] = searchLists.get(i);
    }
    return new RuleSet(rules, top, byId, feedsSid, feedsGroup, search, sidListOf.size(), groupLists,
        maxFrequency);
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing

  /** A rule while it is read: raw values per option, before compilation. */
  private static final class Draft {
    int id;
    int level;
    int sortLevel;
    int maxsize;
    int frequency;
    int timeframe;
    int ignoreTime;
    boolean noAlert;
    boolean overwrite;
    String group = "";
    @Nullable String description;
    final List<InfoDetail> info = new ArrayList<>();
    DecoderType category = DecoderType.SYSLOG;
    boolean mail;
    boolean log;
    boolean noAr;
    final Map<String, StringBuilder> pieces = new LinkedHashMap<>();
    int decodedAs;
    @Nullable String decodedAsName;
    @Nullable String action;
    final List<Check> fields = new ArrayList<>();
    IpList srcip = IpList.empty();
    IpList dstip = IpList.empty();
    @Nullable Check compiled;
    @Nullable TimeRange time;
    @Nullable Weekdays weekday;
    boolean checkDiff;
    boolean ifFts;
    final List<ListCondition> lists = new ArrayList<>();
    @Nullable String ifSid;
    @Nullable String ifGroup;
    @Nullable String ifLevel;
    int ifMatchedSid;
    boolean context;
    final Set<Same> same = EnumSet.noneOf(Same.class);
    final Set<FtsItem> ignore = EnumSet.noneOf(FtsItem.class);
    final Set<FtsItem> checkIfIgnored = EnumSet.noneOf(FtsItem.class);
    String source = "";
    int line;
    int index = -1;

    @Nullable String piece(String element) {
      StringBuilder b = pieces.get(element);
      return b == null ? null : b.toString();
    }
  }

  private @Nullable Draft parse(XmlNode r, String groupName) {
    Draft d = new Draft();
    d.source = r.source();
    d.line = r.line();
    d.timeframe = settings.defaultTimeframe();
    boolean accuracy = true;
    boolean hasId = false;
    boolean hasLevel = false;
    for (Map.Entry<String, String> a : r.attributes().entrySet()) {
      String key = a.getKey().toLowerCase(Locale.ROOT);
      String v = a.getValue();
      switch (key) {
        case "noalert" -> d.noAlert = true;
        case "overwrite" -> {
          if (!v.equals("yes") && !v.equals("no")) {
            return fail(r, "invalid value '" + v + "' for overwrite (yes or no)");
          }
          d.overwrite = v.equals("yes");
        }
        case "id", "level", "maxsize", "timeframe", "frequency", "ignore", "accuracy" -> {
          if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return fail(r, "invalid " + key + " '" + v + "' (must be a number)");
          }
          int digits = switch (key) {
            case "id", "ignore" -> 6;
            case "timeframe" -> 5;
            default -> 4;
          };
          int value = Integer.parseInt(v.substring(0, Math.min(v.length(), digits)));
          switch (key) {
            case "id" -> {
              d.id = value;
              hasId = true;
            }
            case "level" -> {
              d.level = value;
              hasLevel = true;
            }
            case "maxsize" -> d.maxsize = value;
            case "timeframe" -> d.timeframe = value;
            case "frequency" -> d.frequency = value;
            case "ignore" -> d.ignoreTime = value;
            default -> accuracy = value != 0;
          }
        }
        default -> {
          return fail(r, "invalid attribute '" + a.getKey() + "' of <rule>");
        }
      }
    }
    if (!hasId || !hasLevel) {
      return fail(r, "a rule needs an id and a level");
    }
    if (!d.overwrite && byId.containsKey(d.id)) {
      Rule other = byId.get(d.id);
      return fail(r, "duplicate rule id " + d.id + " (first defined at " + other.source() + ":"
          + other.line() + "); use overwrite=\"yes\" to replace it");
    }
    d.sortLevel = (d.level == 0 ? 99 : d.level) * (accuracy ? 100 : 1);
    d.mail = d.level >= settings.emailAlertLevel();
    d.log = d.level >= settings.logAlertLevel();
    d.group = groupName;
    if (r.children().isEmpty()) {
      return fail(r, "rule " + d.id + " has no options (it would match everything)");
    }
    for (XmlNode e : r.children()) {
      if (!option(d, e)) {
        return null;
      }
    }
    if ((!d.same.isEmpty() || d.frequency > 0) && !d.context) {
      return fail(r, "rule " + d.id + ": frequency or same_/different_ options need an if_matched_"
          + " option (Missing if_matched)");
    }
    String ifMatchedGroup = d.piece("if_matched_group");
    if (ifMatchedGroup != null && d.ifSid == null && d.ifGroup == null) {
      d.ifGroup = ifMatchedGroup;
    }
    if (d.ifMatchedSid != 0 && d.ifSid == null && d.ifGroup == null) {
      d.ifSid = Integer.toString(d.ifMatchedSid);
    }
    return d;
  }

  private static final Set<String> PATTERN_ELEMENTS = Set.of(
      "regex", "pcre2", "match", "match_pcre2", "url", "url_pcre2", "if_matched_regex",
      "if_matched_group", "user", "user_pcre2", "id", "id_pcre2", "srcport", "srcport_pcre2",
      "dstport", "dstport_pcre2", "srcgeoip", "srcgeoip_pcre2", "dstgeoip", "dstgeoip_pcre2",
      "status", "status_pcre2", "hostname", "hostname_pcre2", "extra_data", "extra_data_pcre2",
      "program_name", "program_name_pcre2");

  private static final Set<String> EXTRA_INFO = Set.of(
      "user", "user_pcre2", "srcgeoip", "srcgeoip_pcre2", "dstgeoip", "dstgeoip_pcre2", "status",
      "status_pcre2", "hostname", "hostname_pcre2", "extra_data", "extra_data_pcre2");

  private boolean option(Draft d, XmlNode e) {
    String el = e.name().toLowerCase(Locale.ROOT);
    String c = e.content();
    if (PATTERN_ELEMENTS.contains(el)) {
      StringBuilder b = d.pieces.get(el);
      if (c.length() >= MAX_PIECE || (b != null && b.length() > MAX_PIECE)) {
        return failB(e, "<" + e.name() + "> of rule " + d.id + " is longer than " + MAX_PIECE
            + " bytes");
      }
      d.pieces.computeIfAbsent(el, k -> new StringBuilder()).append(c);
      if (el.equals("if_matched_regex") || el.equals("if_matched_group")) {
        d.context = true;
      }
      return true;
    }
    switch (el) {
      case "decoded_as" -> {
        int id = decoders.idOf(c);
        if (id == 0) {
          return failB(e, "rule " + d.id + ": invalid decoder name '" + c + "' in <decoded_as>");
        }
        d.decodedAs = id;
        d.decodedAsName = c;
      }
      case "cve" -> d.info.add(new InfoDetail("CVE", c));
      case "info" -> {
        String type = "Text";
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
          if (!a.getKey().equalsIgnoreCase("type")) {
            return failB(e, "rule " + d.id + ": invalid attribute '" + a.getKey() + "' of <info>");
          }
          type = switch (a.getValue()) {
            case "text" -> "Text";
            case "link" -> "Link";
            case "cve" -> "CVE";
            case "osvdb" -> "OSVDB";
            default -> null;
          };
          if (type == null) {
            return failB(e, "rule " + d.id + ": invalid <info> type '" + a.getValue()
                + "' (text, link, cve or osvdb)");
          }
        }
        d.info.add(new InfoDetail(type, c));
      }
      case "time" -> {
        try {
          d.time = TimeRange.parse(c);
        } catch (IllegalArgumentException ex) {
          return failB(e, "rule " + d.id + ": " + ex.getMessage());
        }
      }
      case "weekday" -> {
        try {
          d.weekday = Weekdays.parse(c);
        } catch (IllegalArgumentException ex) {
          return failB(e, "rule " + d.id + ": " + ex.getMessage());
        }
      }
      case "group" -> d.group = d.group + c;
      case "description" -> {
        int nl = c.indexOf('\n');
        String text = nl < 0 ? c : c.substring(0, nl) + ' ' + c.substring(nl + 1);
        d.description = d.description == null ? text : d.description + text;
      }
      case "srcip", "dstip" -> {
        try {
          if (el.equals("srcip")) {
            d.srcip = d.srcip.with(c);
          } else {
            d.dstip = d.dstip.with(c);
          }
        } catch (IllegalArgumentException ex) {
          return failB(e, "rule " + d.id + ": " + ex.getMessage());
        }
      }
      case "action" -> d.action = d.action == null ? c : d.action + c;
      case "field" -> {
        String name = e.attribute("name");
        if (name == null || e.attributes().size() != 1) {
          return failB(e, "rule " + d.id + ": <field> needs exactly one attribute, name");
        }
        try {
          d.fields.add(new Checks.DynamicField(name, Patterns.osRegex(c)));
        } catch (PatternException ex) {
          return failB(e, "rule " + d.id + ": invalid <field> regex '" + c + "': " + ex.getMessage());
        }
      }
      case "list" -> {
        ListCondition list = list(d, e);
        if (list == null) {
          return false;
        }
        d.lists.add(list);
      }
      case "compiled_rule" -> {
        Check compiled = CompiledRules.byName(c);
        if (compiled == null) {
          return failB(e, "rule " + d.id + ": compiled rule not found: '" + c + "'");
        }
        d.compiled = compiled;
      }
      case "category" -> {
        DecoderType t = DecoderType.forCategory(c);
        if (t == null) {
          return failB(e, "rule " + d.id + ": invalid category '" + c + "'");
        }
        d.category = t;
      }
      case "if_sid" -> d.ifSid = d.ifSid == null ? c : d.ifSid + c;
      case "if_level" -> {
        if (c.isEmpty() || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
          return failB(e, "rule " + d.id + ": invalid if_level '" + c + "'");
        }
        d.ifLevel = c;
      }
      case "if_group" -> d.ifGroup = d.ifGroup == null ? c : d.ifGroup + c;
      case "if_matched_sid" -> {
        if (c.isEmpty() || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
          return failB(e, "rule " + d.id + ": invalid if_matched_sid '" + c + "'");
        }
        d.context = true;
        d.ifMatchedSid = Integer.parseInt(c.length() > 9 ? c.substring(0, 9) : c);
      }
      case "same_source_ip" -> d.same.add(Same.SRCIP);
      case "same_src_port" -> d.same.add(Same.SRCPORT);
      case "same_dst_port" -> d.same.add(Same.DSTPORT);
      case "same_user" -> d.same.add(Same.USER);
      case "same_location" -> d.same.add(Same.LOCATION);
      case "check_diff" -> {
        d.context = true;
        d.checkDiff = true;
      }
      case "not_same_source_ip" -> d.same.remove(Same.SRCIP);
      case "not_same_user" -> d.same.remove(Same.USER);
      case "not_same_agent" -> d.same.remove(Same.LOCATION);
      case "if_fts" -> d.ifFts = true;
      case "options" -> {
        switch (c) {
          case "alert_by_email" -> d.mail = true;
          case "no_email_alert" -> d.mail = false;
          case "log_alert" -> d.log = true;
          case "no_log" -> d.log = false;
          case "no_ar" -> d.noAr = true;
          default -> {
            return failB(e, "rule " + d.id + ": invalid option '" + c
                + "' (alert_by_email, no_email_alert, log_alert, no_log or no_ar)");
          }
        }
      }
      case "ignore", "check_if_ignored" -> {
        Set<FtsItem> items = el.equals("ignore") ? d.ignore : d.checkIfIgnored;
        ignoreItems(c, items);
        if (items.isEmpty()) {
          return failB(e, "rule " + d.id + ": wrong " + el + " option '" + c + "'");
        }
      }
      default -> {
        // OSSEC compares these few names case-sensitively.
        switch (e.name()) {
          case "same_id" -> d.same.add(Same.ID);
          case "different_url" -> d.same.add(Same.DIFFERENT_URL);
          case "different_srcip" -> d.same.add(Same.DIFFERENT_SRCIP);
          case "different_srcgeoip" -> d.same.add(Same.DIFFERENT_SRCGEOIP);
          case "not_same_id" -> d.same.remove(Same.ID);
          default -> {
            return failB(e, "invalid option <" + e.name() + "> in rule " + d.id);
          }
        }
      }
    }
    return true;
  }

  private static void ignoreItems(String c, Set<FtsItem> items) {
    if (c.contains("user")) {
      items.add(FtsItem.DSTUSER);
    }
    if (c.contains("srcip")) {
      items.add(FtsItem.SRCIP);
    }
    if (c.contains("dstip")) {
      items.add(FtsItem.DSTIP);
    }
    if (c.contains("id")) {
      items.add(FtsItem.ID);
    }
    if (c.contains("location")) {
      items.add(FtsItem.LOCATION);
    }
    if (c.contains("data")) {
      items.add(FtsItem.DATA);
    }
    if (c.contains("name")) {
      items.add(FtsItem.NAME);
    }
  }

  private @Nullable ListCondition list(Draft d, XmlNode e) {
    ListField field = null;
    LookupType lookup = LookupType.MATCH_KEY;
    OsPattern check = null;
    for (Map.Entry<String, String> a : e.attributes().entrySet()) {
      String k = a.getKey().toLowerCase(Locale.ROOT);
      switch (k) {
        case "lookup" -> {
          try {
            lookup = LookupType.parse(a.getValue());
          } catch (IllegalArgumentException ex) {
            return failL(e, "rule " + d.id + ": " + ex.getMessage());
          }
        }
        case "field" -> {
          try {
            field = ListField.parse(a.getValue());
          } catch (IllegalArgumentException ex) {
            return failL(e, "rule " + d.id + ": " + ex.getMessage());
          }
        }
        case "check_value" -> {
          try {
            check = Patterns.osMatch(a.getValue());
          } catch (PatternException ex) {
            return failL(e, "rule " + d.id + ": invalid check_value: " + ex.getMessage());
          }
        }
        default -> {
          return failL(e, "rule " + d.id + ": invalid attribute '" + a.getKey() + "' of <list>");
        }
      }
    }
    if (field == null) {
      return failL(e, "rule " + d.id + ": <list> needs a field attribute");
    }
    if ((lookup == LookupType.MATCH_KEY_VALUE || lookup == LookupType.ADDRESS_MATCH_KEY_VALUE)
        && check == null) {
      return failL(e, "rule " + d.id + ": lookup=\"" + lookup.xmlName()
          + "\" needs a check_value attribute");
    }
    return new ListCondition(field, lookup, e.content(), check);
  }

  // ---------------------------------------------------------------------------------------------
  // Compilation

  private @Nullable OsPattern compile(Draft d, String element, OsPattern.Dialect dialect,
      XmlNode at) {
    String text = d.piece(element);
    if (text == null) {
      return null;
    }
    try {
      return switch (dialect) {
        case OS_REGEX -> Patterns.osRegex(text);
        case OS_MATCH -> Patterns.osMatch(text);
        case PCRE2 -> Patterns.pcre2(text);
      };
    } catch (PatternException ex) {
      throw new BadRule("rule " + d.id + ": invalid <" + element + "> '" + text + "': "
          + ex.getMessage(), at);
    }
  }

  /** A compile failure carried out of the check-building code. */
  private static final class BadRule extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient XmlNode at;

    BadRule(String message, XmlNode at) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /** Either the OSSEC variant or the PCRE2 one: OSSEC evaluates only the first when both exist. */
  private @Nullable OsPattern either(Draft d, String osElement, OsPattern.Dialect dialect,
      XmlNode at) {
    OsPattern os = compile(d, osElement, dialect, at);
    OsPattern pcre = compile(d, osElement + "_pcre2", OsPattern.Dialect.PCRE2, at);
    return os != null ? os : pcre;
  }

  /** Adds {@code make(pattern)} when the rule has the element (or its PCRE2 form). */
  private void add(List<Check> out, Draft d, String element, OsPattern.Dialect dialect, XmlNode at,
      java.util.function.Function<OsPattern, Check> make) {
    OsPattern p = either(d, element, dialect, at);
    if (p != null) {
      out.add(make.apply(p));
    }
  }

  /** The rule's checks in OSSEC's evaluation order (spec §6.5). */
  private List<Check> checks(Draft d, XmlNode at) {
    List<Check> out = new ArrayList<>();
    if (d.decodedAs != 0) {
      out.add(new Checks.DecodedAs(d.decodedAs, d.decodedAsName == null ? "" : d.decodedAsName));
    }
    add(out, d, "program_name", OsPattern.Dialect.OS_MATCH, at, Checks.ProgramName::new);
    add(out, d, "id", OsPattern.Dialect.OS_MATCH, at,
        p -> new Checks.FieldPattern(Field.ID, "id", p));
    String matchElement = d.piece("match") != null ? "match" : "match_pcre2";
    add(out, d, "match", OsPattern.Dialect.OS_MATCH, at,
        p -> new Checks.LogPattern(matchElement, p));
    OsPattern regex = compile(d, "regex", OsPattern.Dialect.OS_REGEX, at);
    OsPattern pcre2 = compile(d, "pcre2", OsPattern.Dialect.PCRE2, at);
    if (regex != null) {
      out.add(new Checks.LogPattern("regex", regex));
    } else if (pcre2 != null) {
      out.add(new Checks.LogPattern("pcre2", pcre2));
    }
    if (d.action != null) {
      out.add(new Checks.Action(d.action));
    }
    // OSSEC tests url and url_pcre2 both when both are given.
    OsPattern url = compile(d, "url", OsPattern.Dialect.OS_MATCH, at);
    if (url != null) {
      out.add(new Checks.FieldPattern(Field.URL, "url", url));
    }
    OsPattern urlPcre2 = compile(d, "url_pcre2", OsPattern.Dialect.PCRE2, at);
    if (urlPcre2 != null) {
      out.add(new Checks.FieldPattern(Field.URL, "url_pcre2", urlPcre2));
    }
    out.addAll(d.fields);
    if (!d.srcip.isEmpty()) {
      out.add(new Checks.Ip(Field.SRCIP, d.srcip));
    }
    if (!d.dstip.isEmpty()) {
      out.add(new Checks.Ip(Field.DSTIP, d.dstip));
    }
    add(out, d, "srcport", OsPattern.Dialect.OS_MATCH, at,
        p -> new Checks.FieldPattern(Field.SRCPORT, "srcport", p));
    add(out, d, "dstport", OsPattern.Dialect.OS_MATCH, at,
        p -> new Checks.FieldPattern(Field.DSTPORT, "dstport", p));
    if (d.compiled != null) {
      out.add(d.compiled);
    }
    add(out, d, "user", OsPattern.Dialect.OS_MATCH, at, Checks.User::new);
    // GeoIP fields are never set (no GeoIP database): a geoip condition never holds, as in OSSEC
    // builds without GeoIP.
    if (either(d, "srcgeoip", OsPattern.Dialect.OS_MATCH, at) != null
        || either(d, "dstgeoip", OsPattern.Dialect.OS_MATCH, at) != null) {
      out.add(new Checks.Compiled("geoip", ev -> false));
    }
    if (d.maxsize > 0) {
      out.add(new Checks.MaxSize(d.maxsize));
    }
    if (d.time != null) {
      out.add(new Checks.Time(d.time));
    }
    if (d.weekday != null) {
      out.add(new Checks.Weekday(d.weekday));
    }
    add(out, d, "extra_data", OsPattern.Dialect.OS_MATCH, at,
        p -> new Checks.FieldPattern(Field.DATA, "extra_data", p));
    add(out, d, "hostname", OsPattern.Dialect.OS_MATCH, at, Checks.Hostname::new);
    add(out, d, "status", OsPattern.Dialect.OS_MATCH, at,
        p -> new Checks.FieldPattern(Field.STATUS, "status", p));
    if (d.checkDiff) {
      out.add(new Checks.CheckDiff());
    }
    if (d.ifFts) {
      out.add(new Checks.FirstTimeSeen());
    }
    for (ListCondition l : d.lists) {
      out.add(new Checks.ListLookup(l));
    }
    if (d.context && !d.checkDiff) {
      out.add(new Checks.Correlate());
    }
    return out;
  }

  private Rule compileRule(Draft d, XmlNode at, int index) {
    List<Check> checks = checks(d, at);
    int pure = 0;
    while (pure < checks.size() && checks.get(pure).pure()) {
      pure++;
    }
    OsPattern ifMatchedGroup = compile(d, "if_matched_group", OsPattern.Dialect.OS_MATCH, at);
    OsPattern ifMatchedRegex = compile(d, "if_matched_regex", OsPattern.Dialect.OS_REGEX, at);
    Correlation correlation = d.ifMatchedSid != 0 ? Correlation.SID
        : ifMatchedGroup != null ? Correlation.GROUP
        : d.context && !d.checkDiff ? Correlation.EVENTS
        : Correlation.NONE;
    return new Rule(index, d.id, d.level, d.group, d.description, d.info, d.category, checks, pure,
        d.noAlert, d.mail, d.log, d.noAr, d.frequency, d.timeframe, d.ignoreTime, correlation,
        d.ifMatchedSid, ifMatchedGroup, ifMatchedRegex, d.same, d.checkDiff, d.ignore,
        d.checkIfIgnored, d.source, d.line);
  }

  // ---------------------------------------------------------------------------------------------
  // Placement in the tree and correlation wiring

  private void place(Draft d, XmlNode at) {
    if (d.overwrite && d.id >= 10) {
      overwrite(d, at);
      return;
    }
    Rule rule;
    try {
      rule = compileRule(d, at, rules.size());
    } catch (BadRule ex) {
      problems.error(ex.at, ex.getMessage());
      return;
    }
    if (d.id < 10) {
      RuleNode.insertSorted(top, new RuleNode(rule, d.sortLevel));
    } else if (!addChild(d, rule, at)) {
      return;
    }
    register(d, rule);
    wire(d, rule);
    if (d.frequency > maxFrequency) {
      maxFrequency = d.frequency;
    }
  }

  private void register(Draft d, Rule rule) {
    d.index = rule.index();
    rules.add(rule);
    drafts.add(d);
    byId.put(rule.id(), rule);
    feedsGroups.add(null);
    searchLists.add(-1);
  }

  /** OSSEC's {@code OS_AddChild}: returns false (with a problem) when no parent is found. */
  private boolean addChild(Draft d, Rule rule, XmlNode at) {
    if (d.ifSid != null) {
      String s = d.ifSid;
      boolean afterSeparator = true;
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i <= s.length(); i++) {
        char c = i < s.length() ? s.charAt(i) : '\0';
        if (c == ',' || c == ' ') {
          afterSeparator = true;
        } else if ((c >= '0' && c <= '9') || c == '\0') {
          if (afterSeparator) {
            int end = i;
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
              end++;
            }
            String digits = s.substring(i, end);
            ids.add(digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 9
                ? digits.substring(0, 9) : digits));
            afterSeparator = false;
          }
        } else {
          problems.error(at, "rule " + d.id + ": if_sid must list rule ids separated by commas"
              + " or spaces (found '" + s + "')");
          return false;
        }
      }
      for (int sid : ids) {
        if (sid == 0) {
          if (!addByCategory(d, rule)) {
            problems.error(at, "rule " + d.id + ": no top-level rule for category '"
                + d.category.xml() + "'");
            return false;
          }
        } else if (!addBySid(top, sid, d, rule)) {
          problems.error(at, "rule " + d.id + ": signature ID '" + sid
              + "' not found (invalid if_sid; parents must be loaded first)");
          return false;
        }
      }
      return true;
    }
    if (d.ifLevel != null) {
      int level = Integer.parseInt(d.ifLevel.length() > 9 ? d.ifLevel.substring(0, 9) : d.ifLevel);
      if (level == 0) {
        problems.warning(at, "rule " + d.id + ": invalid if_level 0; the rule is ignored");
        return false;
      }
      if (!addByLevel(top, level * 100, d, rule)) {
        problems.error(at, "rule " + d.id + ": no rule of level " + level + " or above"
            + " (invalid if_level)");
        return false;
      }
      return true;
    }
    if (d.ifGroup != null) {
      if (!addByGroup(top, d.ifGroup, d, rule)) {
        problems.error(at, "rule " + d.id + ": group '" + d.ifGroup + "' not found (invalid"
            + " if_group; groups must be loaded first)");
        return false;
      }
      return true;
    }
    if (!addByCategory(d, rule)) {
      problems.error(at, "rule " + d.id + ": no top-level rule for category '"
          + d.category.xml() + "'");
      return false;
    }
    return true;
  }

  /** First node (depth first) with this sid at each level: the rule goes under it. */
  private boolean addBySid(List<RuleNode> nodes, int sid, Draft d, Rule rule) {
    boolean added = false;
    for (int i = 0; i < nodes.size(); i++) {
      RuleNode n = nodes.get(i);
      if (n.rule.id() == sid) {
        // OSSEC also copies the parent's category here; only top-level rules' categories are ever
        // read, so the child keeps its own.
        RuleNode.insertSorted(n.children, new RuleNode(rule, d.sortLevel));
        return true;
      }
      if (!n.children.isEmpty() && addBySid(n.children, sid, d, rule)) {
        added = true;
      }
    }
    return added;
  }

  private boolean addByGroup(List<RuleNode> nodes, String group, Draft d, Rule rule) {
    boolean added = false;
    for (int i = 0; i < nodes.size(); i++) {
      RuleNode n = nodes.get(i);
      if (Patterns.wordMatch(group, n.rule.group()) && n.rule.id() != d.id) {
        RuleNode.insertSorted(n.children, new RuleNode(rule, d.sortLevel));
        added = true;
      }
      if (!n.children.isEmpty() && addByGroup(n.children, group, d, rule)) {
        added = true;
      }
    }
    return added;
  }

  private boolean addByLevel(List<RuleNode> nodes, int level, Draft d, Rule rule) {
    boolean added = false;
    for (int i = 0; i < nodes.size(); i++) {
      RuleNode n = nodes.get(i);
      if (n.sortLevel >= level && n.rule.id() != d.id) {
        RuleNode.insertSorted(n.children, new RuleNode(rule, d.sortLevel));
        added = true;
      }
      if (!n.children.isEmpty() && addByLevel(n.children, level, d, rule)) {
        added = true;
      }
    }
    return added;
  }

  private boolean addByCategory(Draft d, Rule rule) {
    for (RuleNode n : top) {
      if (n.rule.category() == d.category) {
        RuleNode.insertSorted(n.children, new RuleNode(rule, d.sortLevel));
        return true;
      }
    }
    return false;
  }

  private void wire(Draft d, Rule placed) {
    if (placed.correlation() == Correlation.SID) {
      Integer list = sidListOf.get(placed.ifMatchedSid());
      if (list == null && containsSid(top, placed.ifMatchedSid())) {
        list = sidListOf.size();
        sidListOf.put(placed.ifMatchedSid(), list);
      }
      searchLists.set(placed.index(), list == null ? -1 : list);
    } else if (placed.correlation() == Correlation.GROUP) {
      int list = groupLists++;
      searchLists.set(placed.index(), list);
      markGroup(top, placed.ifMatchedGroup(), list);
    }
  }

  private static boolean containsSid(List<RuleNode> nodes, int sid) {
    for (RuleNode n : nodes) {
      if (n.rule.id() == sid || containsSid(n.children, sid)) {
        return true;
      }
    }
    return false;
  }

  private void markGroup(List<RuleNode> nodes, @Nullable OsPattern pattern, int list) {
    if (pattern == null) {
      return;
    }
    for (RuleNode n : nodes) {
      if (pattern.test(n.rule.group())) {
        int i = n.rule.index();
        int[] old = feedsGroups.get(i);
        int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = list;
        feedsGroups.set(i, grown);
      }
      markGroup(n.children, pattern, list);
    }
  }

  /** Replaces {@code old} by {@code now} (same index) everywhere. */
  private void replace(Rule old, Rule now) {
    rules.set(old.index(), now);
    byId.put(now.id(), now);
    replaceIn(top, old, now);
  }

  private static void replaceIn(List<RuleNode> nodes, Rule old, Rule now) {
    for (RuleNode n : nodes) {
      if (n.rule == old) {
        n.rule = now;
      }
      replaceIn(n.children, old, now);
    }
  }

  /** {@code overwrite="yes"}: copies OSSEC's subset of options into the existing rule. */
  private void overwrite(Draft d, XmlNode at) {
    Rule existing = byId.get(d.id);
    if (existing == null) {
      problems.error(at, "rule " + d.id + ": overwrite of a rule that does not exist");
      return;
    }
    Draft old = drafts.get(existing.index());
    old.level = d.level;
    old.sortLevel = d.sortLevel;
    old.maxsize = d.maxsize;
    old.frequency = d.frequency;
    old.timeframe = d.timeframe;
    old.ignoreTime = d.ignoreTime;
    old.group = d.group;
    for (String el : List.of("match", "regex", "user", "url", "id", "status", "hostname",
        "program_name", "extra_data", "srcport", "dstport", "if_matched_regex",
        "if_matched_group")) {
      StringBuilder b = d.pieces.get(el);
      if (b == null) {
        old.pieces.remove(el);
      } else {
        old.pieces.put(el, b);
      }
    }
    old.time = d.time;
    old.weekday = d.weekday;
    old.srcip = d.srcip;
    old.dstip = d.dstip;
    old.action = d.action;
    old.description = d.description;
    old.info.clear();
    old.info.addAll(d.info);
    old.ifMatchedSid = d.ifMatchedSid;
    old.context = d.context;
    old.same.clear();
    old.same.addAll(d.same);
    old.checkDiff = d.checkDiff;
    old.mail = d.mail;
    old.log = d.log;
    old.noAr = d.noAr;
    old.noAlert = d.noAlert;
    old.decodedAs = d.decodedAs;
    old.decodedAsName = d.decodedAsName;
    old.compiled = d.compiled;
    Rule now;
    try {
      now = compileRule(old, at, existing.index());
    } catch (BadRule ex) {
      problems.error(ex.at, ex.getMessage());
      return;
    }
    replace(existing, now);
    setSortLevel(top, now, d.sortLevel);
  }

  private static void setSortLevel(List<RuleNode> nodes, Rule r, int level) {
    for (RuleNode n : nodes) {
      if (n.rule == r) {
        n.sortLevel = level;
      }
      setSortLevel(n.children, r, level);
    }
  }

  private @Nullable Draft fail(XmlNode at, String message) {
    problems.error(at, message);
    return null;
  }

  private boolean failB(XmlNode at, String message) {
    problems.error(at, message);
    return false;
  }

  private @Nullable ListCondition failL(XmlNode at, String message) {
    problems.error(at, message);
    return null;
  }
}
