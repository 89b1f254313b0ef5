package org.osprey.analysis.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.rule.InfoDetail;
import org.osprey.analysis.rule.Rule;

/**
 * What alerts.json shows of a rule, worked out once per rule: its groups with the compliance groups
 * split out as Wazuh does ({@code pci_dss_10.2.4} becomes {@code 10.2.4} in {@code pci_dss}), and
 * OSSEC's {@code info} and {@code cve} strings (each the concatenation of the rule's entries, as
 * OSSEC's loader builds them).
 *
 * @param groups the groups that are not compliance groups, in order
 * @param compliance compliance arrays by JSON name, in order of first appearance
 * @param info the {@code <info>} texts joined, or null
 * @param cve the {@code <cve>} texts joined, or null
 * @param rootcheck whether the rule is in group {@code rootcheck} (its full_log tags are read)
 */
record RuleView(List<String> groups, Map<String, List<String>> compliance, @Nullable String info,
    @Nullable String cve, boolean rootcheck) {

  /** Group prefixes and their JSON names, in the order Wazuh tries them. */
  private static final String[][] PREFIXES = {
      {"pci_dss_", "pci_dss"}, {"cis_", "cis"}, {"gdpr_", "gdpr"}, {"gpg13_", "gpg13"},
      {"hipaa_", "hipaa"}, {"nist_800_53_", "nist_800_53"}, {"tsc_", "tsc"}};

  RuleView {
    groups = List.copyOf(groups);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    compliance.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    compliance = java.util.Collections.unmodifiableMap(copy);
  }

  static RuleView of(Rule rule) {
    List<String> groups = new ArrayList<>();
    Map<String, List<String>> compliance = new LinkedHashMap<>();
    boolean rootcheck = false;
    for (String g : rule.groups()) {
      String key = null;
      for (String[] p : PREFIXES) {
        if (g.startsWith(p[0])) {
          key = p[1];
          compliance.computeIfAbsent(key, k -> new ArrayList<>()).add(g.substring(p[0].length()));
          break;
        }
      }
      if (key == null) {
        groups.add(g);
        rootcheck |= g.equals("rootcheck");
      }
    }
    StringBuilder info = null;
    StringBuilder cve = null;
    for (InfoDetail d : rule.info()) {
      if (d.type().equalsIgnoreCase("cve")) {
        cve = (cve == null ? new StringBuilder() : cve).append(d.data());
      } else {
        info = (info == null ? new StringBuilder() : info).append(d.data());
      }
    }
    return new RuleView(groups, compliance, info == null ? null : info.toString(),
        cve == null ? null : cve.toString(), rootcheck);
  }
}
