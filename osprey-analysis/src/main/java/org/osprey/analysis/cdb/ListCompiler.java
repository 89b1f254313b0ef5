package org.osprey.analysis.cdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * OSSEC's {@code ossec-makelists}: compiles each declared text list ({@code key:value} lines, read as
 * {@link ListTextParser} describes) into its {@code .cdb}, when the text is newer than the cdb or the
 * cdb is missing, or always when forced. The cdb is replaced atomically ({@link CdbWriter}).
 *
 * <p>Differences from OSSEC, all in what is reported, none in the files: the modification times are
 * compared to the file system's precision (OSSEC compares whole seconds, so an edit in the same second
 * as the last build is missed); a list with neither text nor cdb is an error (OSSEC says it "does not
 * need to be compiled"); lines without {@code :} are reported (OSSEC skips them silently).
 *
 * <p>Stateless and thread-safe; two compilers must not build the same list at once.
 */
public final class ListCompiler {
  private ListCompiler() {}

  /** Compiles every declared list in order; never throws for a problem with one list. */
  public static List<ListCompileResult> compileAll(Path home, List<String> declared, boolean force) {
    List<ListCompileResult> out = new ArrayList<>();
    for (String entry : declared) {
      out.add(compile(home, ListPath.of(entry), force));
    }
    return out;
  }

  /**
   * Compiles one list if needed.
   *
   * @param home the install home, against which the list's paths are resolved
   * @param list the list
   * @param force rebuild even when the cdb looks up to date ({@code ossec-makelists -F})
   */
  public static ListCompileResult compile(Path home, ListPath list, boolean force) {
    List<ListProblem> problems = new ArrayList<>();
    try {
      Path text = list.textFile(home);
      Path cdb = list.cdbFile(home);
      FileTime textTime = modified(text);
      FileTime cdbTime = modified(cdb);
      if (textTime == null) {
        if (cdbTime != null) {
          return new ListCompileResult(list, ListCompileResult.Outcome.UP_TO_DATE, 0, problems);
        }
        problems.add(new ListProblem(list.text(), "list not found (neither " + list.text() + " nor "
            + list.cdb() + " exists)"));
        return new ListCompileResult(list, ListCompileResult.Outcome.MISSING, 0, problems);
      }
      if (!force && cdbTime != null && textTime.compareTo(cdbTime) <= 0) {
        return new ListCompileResult(list, ListCompileResult.Outcome.UP_TO_DATE, 0, problems);
      }
      int entries = build(text, cdb, list.text(), problems);
      return new ListCompileResult(list, ListCompileResult.Outcome.COMPILED, entries, problems);
    } catch (IOException | InvalidPathException e) {
      problems.add(new ListProblem(list.text(), "cannot compile into " + list.cdb() + ": " + e.getMessage()));
      return new ListCompileResult(list, ListCompileResult.Outcome.FAILED, 0, problems);
    }
  }

  /**
   * Compiles {@code text} into {@code cdb} unconditionally; lines without {@code :} are added to
   * {@code problems} as {@code textName:line}. Returns the number of records.
   */
  public static int build(Path text, Path cdb, String textName, List<ListProblem> problems) throws IOException {
    try (InputStream in = Files.newInputStream(text);
        CdbWriter writer = CdbWriter.create(cdb)) {
      ListTextParser.parse(in, new ListTextParser.Handler() {
        @Override
        public void entry(byte[] key, byte[] value) throws IOException {
          writer.add(key, value);
        }

        @Override
        public void skipped(int line) {
          problems.add(new ListProblem(textName + ":" + line, "no ':' in the line, skipped"));
        }
      });
      writer.commit();
      return writer.size();
    }
  }

  private static @Nullable FileTime modified(Path file) throws IOException {
    try {
      return Files.getLastModifiedTime(file);
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
