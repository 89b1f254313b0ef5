package org.osprey.config;

import static org.osprey.config.schema.Types.path;
import static org.osprey.config.schema.Types.pattern;

import java.util.ArrayList;
import java.util.List;
import org.osprey.config.schema.Entry;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <rules>} and builds {@link RulesConfig}. */
final class RulesSection {
  static final String DEFAULT_PATTERN = ".xml$";

  static final Key<String> INCLUDE = Key.of("include", path(),
      "A rules file; a name without '/' is looked up in rules/.").alias("rule").asRepeatable();
  static final Key<String> RULE_DIR_PATTERN = Key.of("pattern", pattern("OS_Regex"),
      "The files of the directory to load.").defaultValue(DEFAULT_PATTERN);
  static final Key<String> RULE_DIR = Key.of("rule_dir", path(),
      "A directory whose matching files are loaded as rules, sorted by name.")
      .attributes(RULE_DIR_PATTERN).asRepeatable();
  static final Key<String> DECODER = Key.of("decoder", path(),
      "A decoders file; when any is given, etc/decoder.xml is no longer loaded by default.")
      .asRepeatable();
  static final Key<String> DECODER_DIR_PATTERN = Key.of("pattern", pattern("OS_Regex"),
      "The files of the directory to load.").defaultValue(DEFAULT_PATTERN);
  static final Key<String> DECODER_DIR = Key.of("decoder_dir", path(),
      "A directory whose matching files are loaded as decoders, sorted by name.")
      .attributes(DECODER_DIR_PATTERN).asRepeatable();
  static final Key<String> LIST = Key.of("list", path(),
      "A CDB list that rules can look values up in.").asRepeatable();

  static final Section SECTION = Section.merged("rules",
      "The rule, decoder and list files analysisd loads, in this order.",
      INCLUDE, RULE_DIR, DECODER, DECODER_DIR, LIST);

  private RulesSection() {}

  static RulesConfig build(SectionValues v) {
    List<RulesConfig.Entry> out = new ArrayList<>();
    for (Entry e : v.entries()) {
      Key<?> k = e.key();
      String p = (String) e.value();
      RulesConfig.Entry entry;
      if (k == INCLUDE) {
        entry = entry(RulesConfig.Kind.RULE_FILE, p, null, e);
      } else if (k == RULE_DIR) {
        entry = entry(RulesConfig.Kind.RULE_DIR, p, e.attribute(RULE_DIR_PATTERN), e);
      } else if (k == DECODER) {
        entry = entry(RulesConfig.Kind.DECODER_FILE, p, null, e);
      } else if (k == DECODER_DIR) {
        entry = entry(RulesConfig.Kind.DECODER_DIR, p, e.attribute(DECODER_DIR_PATTERN), e);
      } else {
        entry = entry(RulesConfig.Kind.LIST, p, null, e);
      }
      out.add(entry);
    }
    return new RulesConfig(out);
  }

  private static RulesConfig.Entry entry(
      RulesConfig.Kind kind, String path, @org.jspecify.annotations.Nullable String pattern, Entry e) {
    return new RulesConfig.Entry(kind, path, pattern, e.source(), e.line());
  }
}
