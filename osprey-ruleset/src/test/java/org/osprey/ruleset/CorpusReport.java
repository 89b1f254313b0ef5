package org.osprey.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osprey.analysis.testing.CorpusRunner;
import org.osprey.analysis.testing.IniCorpus;

/**
 * The result of running test files through a ruleset, per file: how many cases passed and why each
 * failure failed.
 */
public final class CorpusReport {
  /** A case that failed: its id ({@code IniCorpus.Case.id}) and why, as {@code CorpusRunner.explain} says. */
  public record Failure(String caseId, String explanation) {
    @Override
    public String toString() {
      return explanation;
    }
  }

  /** One file's result. */
  public record FileResult(String file, int total, List<Failure> failures) {
    public FileResult {
      failures = List.copyOf(failures);
    }

    public int passed() {
      return total - failures.size();
    }

    public boolean allPass() {
      return failures.isEmpty();
    }

    @Override
    public String toString() {
      return file + " " + passed() + "/" + total;
    }
  }

  private final Map<String, FileResult> files;

  private CorpusReport(Map<String, FileResult> files) {
    this.files = files;
  }

  /** Runs every case of every file through {@code runner} (a file without cases counts 0/0). */
  public static CorpusReport run(CorpusRunner runner, List<Path> files) {
    Map<String, FileResult> out = new LinkedHashMap<>();
    try {
      Map<String, List<IniCorpus.Case>> byFile = new LinkedHashMap<>();
      for (Path f : files) {
        byFile.put(f.getFileName().toString(), IniCorpus.read(f));
      }
      for (var e : byFile.entrySet()) {
        List<Failure> failures = new ArrayList<>();
        for (IniCorpus.Case c : e.getValue()) {
          if (!runner.passes(c)) {
            failures.add(new Failure(c.id(), runner.explain(c)));
          }
        }
        out.put(e.getKey(), new FileResult(e.getKey(), e.getValue().size(), failures));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CorpusReport(out);
  }

  public Map<String, FileResult> files() {
    return files;
  }

  public int total() {
    return files.values().stream().mapToInt(FileResult::total).sum();
  }

  public int passed() {
    return files.values().stream().mapToInt(FileResult::passed).sum();
  }

  /** Every failure of the named files, grouped under a line per file. */
  public String failuresOf(Iterable<String> names) {
    StringBuilder b = new StringBuilder();
    for (String n : names) {
      FileResult r = files.get(n);
      if (r != null && !r.allPass()) {
        b.append(r).append(":\n");
        r.failures().forEach(f -> b.append("  ").append(f).append('\n'));
      }
    }
    return b.toString();
  }
}
