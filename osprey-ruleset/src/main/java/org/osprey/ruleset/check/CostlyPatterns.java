package org.osprey.ruleset.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.pattern.OsPattern;
import org.osprey.analysis.rule.Check;
import org.osprey.analysis.rule.Rule;

/**
 * Patterns that can cost more than linear time: those the pattern engine moves off the plain JDK
 * engine because they could backtrack without bound ({@code RE2J}, {@code JDK_BOUNDED}), and PCRE2
 * patterns with a repeated group holding a repetition ({@link NestedQuantifiers}). OS_Regex and
 * OS_Match patterns cannot nest repetitions (a quantifier after a group is a literal there).
 */
final class CostlyPatterns implements Inspection {

  @Override
  public List<Finding> inspect(Ruleset ruleset) {
    List<Finding> out = new ArrayList<>();
    for (Rule r : ruleset.rules().rules()) {
      for (Check c : r.checks()) {
        add(out, r.source(), r.line(), "rule " + r.id(), c.pattern());
      }
      add(out, r.source(), r.line(), "rule " + r.id(), r.ifMatchedGroup());
      add(out, r.source(), r.line(), "rule " + r.id(), r.ifMatchedRegex());
    }
    Set<Decoder> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Decoder> list : List.of(ruleset.decoders().withProgram(),
        ruleset.decoders().withoutProgram())) {
      for (Decoder top : list) {
        decoder(out, top, seen);
        for (Decoder child : top.children()) {
          decoder(out, child, seen);
        }
      }
    }
    return out;
  }

  private static void decoder(List<Finding> out, Decoder d, Set<Decoder> seen) {
    if (!seen.add(d)) {
      return;
    }
    String who = "decoder '" + d.ownName() + "'";
    add(out, d.source(), d.line(), who, d.programName());
    add(out, d.source(), d.line(), who, d.prematch());
    add(out, d.source(), d.line(), who, d.regex());
  }

  private static void add(List<Finding> out, String source, int line, String who,
      @Nullable OsPattern p) {
    if (p == null) {
      return;
    }
    String nested = p.dialect() == OsPattern.Dialect.PCRE2 ? NestedQuantifiers.find(p.source()) : null;
    String shape = nested == null ? "could backtrack without bound"
        : "repeats a group that repeats itself (" + nested + ")";
    switch (p.engine()) {
      case RE2J -> out.add(Finding.note(source, line, who + ": pattern '" + p.source() + "' " + shape
          + " on java.util.regex; it runs on RE2/J, in linear time"));
      case JDK_BOUNDED -> out.add(new Finding(source, line, who + ": pattern '" + p.source() + "' "
          + shape + " and needs backtracking features; it runs under a work budget, and a search"
          + " that exceeds it counts as no match"));
      default -> {
        if (nested != null) {
          out.add(new Finding(source, line, who + ": pattern '" + p.source() + "' " + shape
              + ": a line that almost matches takes exponential time"));
        }
      }
    }
  }
}
