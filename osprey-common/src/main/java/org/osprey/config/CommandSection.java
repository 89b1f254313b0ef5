package org.osprey.config;

import static org.osprey.config.schema.Types.list;
import static org.osprey.config.schema.Types.oneOf;
import static org.osprey.config.schema.Types.text;
import static org.osprey.config.schema.Types.yesNo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <command>} and builds {@link CommandConfig}. */
final class CommandSection {
  static final Key<String> NAME = Key.of("name", text(),
      "The name active responses refer to.").asRequired();
  static final Key<String> EXECUTABLE = Key.of("executable", text(),
      "The script to run, in active-response/bin/.").asRequired();
  static final Key<List<String>> EXPECT = Key.of("expect",
      list(oneOf("user", "username", "srcip", "filename"), ", \t\r\n", 8, true),
      "The alert fields the script needs (may be empty).").asRequired();
  static final Key<Boolean> TIMEOUT_ALLOWED = Key.of("timeout_allowed", yesNo(),
      "Whether the script can be run again with 'delete' after the response's timeout.")
      .defaultValue(false);

  static final Section SECTION = Section.listed("command",
      "An active-response script that <active-response> blocks can run.",
      NAME, EXECUTABLE, EXPECT, TIMEOUT_ALLOWED);

  private CommandSection() {}

  static @Nullable CommandConfig build(SectionValues v) {
    String name = v.find(NAME);
    String executable = v.find(EXECUTABLE);
    List<String> words = v.find(EXPECT);
    if (name == null || executable == null || words == null) {
      return null;
    }
    Set<CommandConfig.Expect> expect = EnumSet.noneOf(CommandConfig.Expect.class);
    for (String w : words) {
      expect.add(switch (w) {
        case "srcip" -> CommandConfig.Expect.SRCIP;
        case "filename" -> CommandConfig.Expect.FILENAME;
        default -> CommandConfig.Expect.USER;
      });
    }
    return new CommandConfig(name, executable, expect, v.get(TIMEOUT_ALLOWED), v.source(), v.line());
  }
}
