package org.osprey.analysis.testing;

import org.osprey.analysis.cdb.CdbLists;
import org.osprey.analysis.decoder.DecoderLoader;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.load.Problems;
import org.osprey.analysis.load.Ruleset;
import org.osprey.analysis.rule.RuleLoader;
import org.osprey.analysis.rule.RuleSet;
import org.osprey.xml.OssecXml;

/** A ruleset built from XML text, for unit tests of single behaviours. */
public final class MiniRuleset {
  private MiniRuleset() {}

  /** Loads the decoders then the rules; throws with every problem when one is fatal. */
  public static Ruleset of(String decodersXml, String rulesXml) throws Exception {
    Problems problems = new Problems();
    DecoderLoader d = new DecoderLoader(256, problems);
    d.load(OssecXml.parse(decodersXml, "decoders.xml"));
    DecoderSet decoders = d.build();
    RuleLoader r = new RuleLoader(RuleLoader.Settings.defaults(), decoders, problems);
    r.load(OssecXml.parse(rulesXml, "rules.xml"));
    RuleSet rules = r.build();
    problems.throwIfErrors();
    return new Ruleset(decoders, rules, CdbLists.empty(), problems.all());
  }

  /** The category rules OSSEC's rules_config.xml defines (ids 1-7), for rules to hang under. */
  public static final String CATEGORIES = """
      <group name="base,">
        <rule id="1" level="0" noalert="1"><category>syslog</category><description>syslog</description></rule>
        <rule id="2" level="0" noalert="1"><category>firewall</category><description>firewall</description></rule>
        <rule id="3" level="0" noalert="1"><category>ids</category><description>ids</description></rule>
        <rule id="4" level="0" noalert="1"><category>web-log</category><description>web</description></rule>
        <rule id="5" level="0" noalert="1"><category>squid</category><description>squid</description></rule>
        <rule id="6" level="0" noalert="1"><category>windows</category><description>windows</description></rule>
        <rule id="7" level="0" noalert="1"><category>ossec</category><description>ossec</description></rule>
      </group>
      """;
}
