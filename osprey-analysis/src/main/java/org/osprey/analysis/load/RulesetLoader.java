package org.osprey.analysis.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.osprey.analysis.cdb.CdbLists;
import org.osprey.analysis.decoder.DecoderLoader;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.rule.RuleLoader;
import org.osprey.analysis.rule.RuleSet;

/** Loads decoders then rules from {@link RulesetSources}, collecting every problem before failing. */
public final class RulesetLoader {
  private RulesetLoader() {}

  /**
   * Loads the ruleset.
   *
   * @param home the install directory (lists are resolved in it)
   * @param progress receives one line per file read (logtest prints them), may ignore them
   * @throws RulesetException carrying every problem, when any is fatal
   */
  public static Ruleset load(RulesetSources sources, Path home, RuleLoader.Settings settings,
      int orderSize, Consumer<String> progress) throws RulesetException {
    Problems problems = new Problems();
    DecoderLoader decoders = new DecoderLoader(orderSize, problems);
    for (int i = 0; i < sources.decoderFiles().size(); i++) {
      Path f = sources.decoderFiles().get(i);
      boolean optionalLocal = sources.legacyDecoders() && i == 1;
      if (optionalLocal && !Files.exists(f)) {
        continue;
      }
      decoders.load(f);
    }
    DecoderSet decoderSet = decoders.build();
    RuleLoader rules = new RuleLoader(settings, decoderSet, problems);
    for (Path f : sources.ruleFiles()) {
      progress.accept(f.toString());
      rules.load(f);
    }
    RuleSet ruleSet = rules.build();
    CdbLists lists = CdbLists.load(home, sources.lists());
    for (var p : lists.problems()) {
      problems.warning(p.file(), 0, p.message());
    }
    problems.throwIfErrors();
    return new Ruleset(decoderSet, ruleSet, lists, problems.all());
  }
}
