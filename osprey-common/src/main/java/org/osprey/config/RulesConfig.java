package org.osprey.config;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code <rules>}: which rule, decoder and list files analysisd loads. Load order is semantics (a
 * rule can only refer to rules loaded before it), so every entry stays in one list, in file order.
 *
 * @param entries every {@code <include>}, {@code <rule>}, {@code <rule_dir>}, {@code <decoder>},
 *     {@code <decoder_dir>} and {@code <list>}, in the order written
 */
public record RulesConfig(List<Entry> entries) {

  public RulesConfig {
    entries = List.copyOf(entries);
  }

  /** What one entry names. */
  public enum Kind {
    /** A rules file ({@code <include>} or its synonym {@code <rule>}). */
    RULE_FILE,
    /** A directory of rules files ({@code <rule_dir>}). */
    RULE_DIR,
    /** A decoders file ({@code <decoder>}). */
    DECODER_FILE,
    /** A directory of decoder files ({@code <decoder_dir>}). */
    DECODER_DIR,
    /** A CDB list ({@code <list>}). */
    LIST
  }

  /**
   * One entry.
   *
   * @param kind what it names
   * @param path the file or directory as written (a bare name is resolved under rules/ by the loader)
   * @param pattern for a directory, the OS_Regex that a file's path must match; null otherwise
   * @param source the file it was written in
   * @param line its line
   */
  public record Entry(Kind kind, String path, @Nullable String pattern, String source, int line) {
    public Entry {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(source, "source");
      boolean dir = kind == Kind.RULE_DIR || kind == Kind.DECODER_DIR;
      if (dir != (pattern != null)) {
        throw new IllegalArgumentException("a pattern goes with a directory entry only: " + kind);
      }
    }
  }

  /** The entries of one kind, in order. */
  public List<Entry> entries(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  /** Whether any decoder file or directory is configured (else OSSEC's default decoder files load). */
  public boolean hasDecoders() {
    return entries.stream().anyMatch(e -> e.kind() == Kind.DECODER_FILE || e.kind() == Kind.DECODER_DIR);
  }
}
