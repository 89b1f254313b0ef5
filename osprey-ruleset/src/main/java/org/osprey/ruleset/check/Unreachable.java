package org.osprey.ruleset.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.rule.Check;
import org.osprey.analysis.rule.Rule;
import org.osprey.analysis.rule.RuleNode;
import org.osprey.analysis.rule.RuleSet;

/**
 * Rules that can never be the result of an event, in any of their places: under a parent that never
 * matches, after a sibling that matches whenever they do and always returns, with a correlation that
 * cannot succeed ({@link DeadCorrelation}), or {@code decoded_as} a decoder whose events belong to
 * another category than the top-level rule above them.
 */
final class Unreachable implements Inspection {

  @Override
  public List<Finding> inspect(Ruleset ruleset) {
    RuleSet rules = ruleset.rules();
    DeadCorrelation correlation = new DeadCorrelation(rules);
    DecoderSet decoders = ruleset.decoders();
    Map<Integer, Set<DecoderType>> decoderTypes = decoderTypes(decoders);
    Map<RulePlaces.Place, Boolean> live = new IdentityHashMap<>();
    Map<Rule, String> firstReason = new LinkedHashMap<>();
    Set<Rule> reachable = new HashSet<>();
    for (RulePlaces.Place p : RulePlaces.of(rules)) {
      String why = reason(p, live, correlation);
      if (why == null) {
        why = category(p.rule(), p.category(), decoders, decoderTypes);
      }
      live.put(p, why == null);
      if (why == null) {
        reachable.add(p.rule());
      } else {
        firstReason.putIfAbsent(p.rule(), why);
      }
    }
    List<Finding> out = new ArrayList<>();
    firstReason.forEach((rule, why) -> {
      if (!reachable.contains(rule)) {
        out.add(new Finding(rule.source(), rule.line(), "rule " + rule.id() + " can never be the"
            + " result: " + why));
      }
    });
    return out;
  }

  private static @Nullable String reason(RulePlaces.Place p, Map<RulePlaces.Place, Boolean> live,
      DeadCorrelation correlation) {
    Rule r = p.rule();
    if (p.parent() != null && !live.get(p.parent())) {
      return "its parent rule " + p.parent().rule().id() + " never matches here";
    }
    for (RuleNode earlier : p.before()) {
      if (shadows(earlier.rule(), r)) {
        return "rule " + earlier.rule().id() + " (" + where(earlier.rule()) + ") is tried before it"
            + " under the same parent, matches whenever it does, and always returns";
      }
    }
    return correlation.reason(r);
  }

  /** Whether {@code first}, tried before {@code later}, takes every event {@code later} would. */
  static boolean shadows(Rule first, Rule later) {
    if (first == later || first.noAlert() || first.pureCount() != first.checks().size()) {
      return false;
    }
    Set<String> laterChecks = new HashSet<>();
    for (Check c : later.checks()) {
      laterChecks.add(c.describe());
    }
    for (Check c : first.checks()) {
      if (!laterChecks.contains(c.describe())) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String category(Rule r, DecoderType category, DecoderSet decoders,
      Map<Integer, Set<DecoderType>> decoderTypes) {
    for (Check c : r.checks()) {
      String name = c.decoderName();
      if (name == null) {
        continue;
      }
      // Events of the alert plugin skip rule matching, so its type says nothing here.
      Set<DecoderType> types = new HashSet<>(decoderTypes.getOrDefault(decoders.idOf(name),
          Set.of()));
      types.remove(DecoderType.OSSEC_ALERT);
      if (!types.isEmpty() && !types.contains(category)) {
        return "it is tried only for '" + category.xml() + "' events, but decoder '" + name
            + "' gives events of category " + types.stream().map(DecoderType::xml).sorted().toList()
            + " (set <category> or if_sid accordingly)";
      }
    }
    return null;
  }

  private static String where(Rule r) {
    return r.source() + ":" + r.line();
  }

  /** Decoder id to the types of events it can produce (a child without a type gives syslog). */
  private static Map<Integer, Set<DecoderType>> decoderTypes(DecoderSet decoders) {
    Map<Integer, Set<DecoderType>> out = new HashMap<>();
    List<Decoder> all = new ArrayList<>();
    for (Decoder top : decoders.withProgram()) {
      all.add(top);
      all.addAll(top.children());
    }
    for (Decoder top : decoders.withoutProgram()) {
      all.add(top);
      all.addAll(top.children());
    }
    for (Decoder d : all) {
      Set<DecoderType> types = out.computeIfAbsent(d.id(), k -> new HashSet<>());
      if (d.plugin() != null && d.plugin().choosesCategory()) {
        // The SonicWall plugin chooses the category per event: any may come.
        types.addAll(java.util.EnumSet.allOf(DecoderType.class));
      } else {
        types.add(d.type());
      }
    }
    return out;
  }
}
