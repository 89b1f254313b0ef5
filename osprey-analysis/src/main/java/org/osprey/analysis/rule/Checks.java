package org.osprey.analysis.rule;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.pattern.OsPattern;

/** The rule options, one small check each. */
final class Checks {
  private Checks() {}

  /** {@code decoded_as}: the event's decoder id equals the named decoder's. */
  record DecodedAs(int decoderId, String name) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      Decoder d = DecoderSet.of(e);
      return d != null && d.id() == decoderId;
    }

    @Override
    public String describe() {
      return "decoded_as '" + name + "'";
    }

    @Override
    public String decoderName() {
      return name;
    }
  }

  /** {@code program_name}: absent program name fails. */
  record ProgramName(OsPattern pattern) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      String p = e.programName();
      return p != null && pattern.test(p);
    }

    @Override
    public String describe() {
      return "program_name '" + pattern.source() + "'";
    }
  }

  /** A pattern on a standard field; an absent field fails. */
  record FieldPattern(Field field, String element, OsPattern pattern) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      String v = e.get(field);
      return v != null && pattern.test(v);
    }

    @Override
    public String describe() {
      return element + " '" + pattern.source() + "'";
    }
  }

  /** {@code match}/{@code regex} (and their PCRE2 forms) on the log. */
  record LogPattern(String element, OsPattern pattern) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      return pattern.test(e.log());
    }

    @Override
    public String describe() {
      return element + " '" + pattern.source() + "'";
    }
  }

  /** {@code action}: exact, case-sensitive. */
  record Action(String action) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      return action.equals(e.get(Field.ACTION));
    }

    @Override
    public String describe() {
      return "action '" + action + "'";
    }
  }

  /** {@code <field name="x">}: OS_Regex on a dynamic field of the final decoder. */
  record DynamicField(String name, OsPattern pattern) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      Decoder d = DecoderSet.of(e);
      if (d == null) {
        return false;
      }
      int i = d.dynamicIndex(name);
      String v = i < 0 ? null : e.dynamic(i);
      return v != null && pattern.test(v);
    }

    @Override
    public String describe() {
      return "field " + name + " '" + pattern.source() + "'";
    }
  }

  /** {@code srcip}/{@code dstip}. */
  record Ip(Field field, IpList list) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      String v = e.get(field);
      return v != null && list.test(v);
    }

    @Override
    public String describe() {
      return field.label() + " " + list;
    }
  }

  /** {@code compiled_rule} implemented as a pure function of the event. */
  record Compiled(String name, Predicate<Event> function) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      return function.test(e);
    }

    @Override
    public String describe() {
      return "compiled_rule " + name;
    }
  }

  /** {@code compiled_rule is_valid_crawler}: answers from a cache filled in the background. */
  record ValidCrawler() implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      return ctx.validCrawler(e.log());
    }

    @Override
    public boolean pure() {
      return false;
    }

    @Override
    public String describe() {
      return "compiled_rule is_valid_crawler";
    }
  }

  /** {@code user}: dstuser when set, else srcuser; neither fails. */
  record User(OsPattern pattern) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      String u = e.user();
      return u != null && pattern.test(u);
    }

    @Override
    public String describe() {
      return "user '" + pattern.source() + "'";
    }
  }

  /** {@code maxsize}: the log is at least this long. */
  record MaxSize(int size) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      return e.log().length() >= size;
    }

    @Override
    public String describe() {
      return "maxsize " + size;
    }
  }

  /** {@code time}. */
  record Time(TimeRange range) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      return range.test(e.localTime());
    }

    @Override
    public String describe() {
      return "time " + range;
    }
  }

  /** {@code weekday}. */
  record Weekday(Weekdays days) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      return days.test(e.localTime());
    }

    @Override
    public String describe() {
      return "weekday " + days.days();
    }
  }

  /** {@code hostname}. */
  record Hostname(OsPattern pattern) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      String h = e.hostname();
      return h != null && pattern.test(h);
    }

    @Override
    public String describe() {
      return "hostname '" + pattern.source() + "'";
    }
  }

  /** {@code check_diff}. */
  record CheckDiff() implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      return ctx.outputChanged(rule, e);
    }

    @Override
    public boolean pure() {
      return false;
    }

    @Override
    public String describe() {
      return "check_diff";
    }
  }

  /** {@code if_fts}: needs a decoder with {@code <fts>}. */
  record FirstTimeSeen() implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      Decoder d = DecoderSet.of(e);
      if (d == null) {
        return false;
      }
      if (e.ftsDone()) {
        // OSSEC's FTS_DONE (rootcheck's first sighting) is a flag in the decoder's fts bits, so
        // it passes even though the decoder names no fts items.
        return true;
      }
      return !d.fts().isEmpty() && ctx.firstTimeSeen(e);
    }

    @Override
    public boolean pure() {
      return false;
    }

    @Override
    public String describe() {
      return "if_fts";
    }
  }

  /** {@code list}. */
  record ListLookup(ListCondition list) implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      String v = value(e, list.field());
      return v != null && ctx.listLookup(list, v);
    }

    @Override
    public boolean pure() {
      // Lists can be reloaded while events are in flight, so lookups run in event order.
      return false;
    }

    private static @Nullable String value(Event e, org.osprey.analysis.cdb.ListField f) {
      return switch (f) {
        case SRCIP -> e.get(Field.SRCIP);
        case SRCPORT -> e.get(Field.SRCPORT);
        case DSTIP -> e.get(Field.DSTIP);
        case DSTPORT -> e.get(Field.DSTPORT);
        case USER -> e.get(Field.SRCUSER) != null ? e.get(Field.SRCUSER) : e.get(Field.DSTUSER);
        case URL -> e.get(Field.URL);
        case ID -> e.get(Field.ID);
        case HOSTNAME -> e.hostname();
        case PROGRAM_NAME -> e.programName();
        case STATUS -> e.get(Field.STATUS);
        case ACTION -> e.get(Field.ACTION);
      };
    }

    @Override
    public String describe() {
      return "list " + list.field() + " " + list.lookup() + " " + list.path()
          + (list.checkValue() == null ? "" : " '" + list.checkValue().source() + "'");
    }
  }

  /** {@code if_matched_*}: the correlation search. */
  record Correlate() implements Check {
    @Override
    public boolean test(Event e, Rule rule, RuleContext ctx) {
      return ctx.correlate(rule, e);
    }

    @Override
    public boolean pure() {
      return false;
    }

    @Override
    public String describe() {
      return "correlation";
    }
  }
}
