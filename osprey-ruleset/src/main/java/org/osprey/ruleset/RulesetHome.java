package org.osprey.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osprey.config.InternalOptions;
import org.osprey.install.DefaultConfigs;
import org.osprey.install.InstallType;
import org.osprey.install.RulesetResources;

/**
 * An install folder holding only what the analysis engine reads, laid out as {@code osprey install
 * --type local} lays it out: the default {@code etc/ossec.conf} (Osprey's decoders, then
 * {@code etc/local_decoder.xml}, then Osprey's rules, then {@code rules/local_rules.xml}), the default
 * {@code etc/internal_options.conf}, the ruleset under {@code ruleset/}, and empty local files.
 *
 * @param home the install folder
 * @param rulesetFiles the ruleset files copied, relative to {@code ruleset/}, sorted
 */
public record RulesetHome(Path home, List<String> rulesetFiles) {
  public RulesetHome {
    rulesetFiles = List.copyOf(rulesetFiles);
  }

  /**
   * Lays out {@code home} (created if missing) with the ruleset {@code loader} finds.
   *
   * @throws IOException when a file cannot be written, or when {@code loader} has no ruleset
   */
  public static RulesetHome create(Path home, ClassLoader loader) throws IOException {
    Path etc = home.resolve("etc");
    Files.createDirectories(etc);
    Files.createDirectories(home.resolve("rules"));
    Files.writeString(etc.resolve("ossec.conf"), DefaultConfigs.ossecConf(InstallType.LOCAL));
    Files.writeString(etc.resolve(InternalOptions.FILE), InternalOptions.defaultsText());
    Files.writeString(etc.resolve("local_decoder.xml"), "");
    Files.writeString(home.resolve("rules/local_rules.xml"), "");
    List<String> copied = RulesetResources.copy(loader, home.resolve("ruleset"));
    if (copied.isEmpty()) {
      throw new IOException("no '" + RulesetResources.FOLDER + "' folder on the class path");
    }
    return new RulesetHome(home, copied);
  }

  /** The install's {@code etc/ossec.conf}. */
  public Path config() {
    return home.resolve("etc/ossec.conf");
  }
}
