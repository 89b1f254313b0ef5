package org.osprey.analysis.load;

import java.util.List;
import org.osprey.analysis.cdb.CdbLists;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.rule.RuleSet;

/**
 * A loaded ruleset: decoders, rules, and the warnings found while loading (errors make loading fail).
 *
 * @param decoders the decoders
 * @param rules the rules
 * @param lists the CDB lists the rules look up
 * @param problems warnings (non-fatal problems)
 */
public record Ruleset(DecoderSet decoders, RuleSet rules, CdbLists lists, List<Problem> problems) {
  public Ruleset {
    problems = List.copyOf(problems);
  }
}
