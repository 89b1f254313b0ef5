package org.osprey.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.osprey.analysis.cdb.ListCompileResult;
import org.osprey.analysis.cdb.ListCompiler;
import org.osprey.analysis.cdb.ListPath;
import org.osprey.analysis.cdb.ListProblem;
import org.osprey.xml.XmlParseException;

/**
 * {@code osprey makelists [-c CONF] [-D HOME] [-F] [-t]}: OSSEC's {@code ossec-makelists}. Compiles
 * every list declared in the config's {@code <rules>} sections whose text is newer than its
 * {@code .cdb}, printing OSSEC's line per list. Exit code 1 when a list is missing or fails, or the
 * config cannot be read.
 */
public final class MakeListsCommand implements Command {
  static final String DEFAULT_HOME = "/var/ossec";

  @Override
  public String summary() {
    return "compile the CDB lists of ossec.conf (ossec-makelists)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
    Path home = Path.of(DEFAULT_HOME);
    Path conf = null;
    boolean force = false;
    boolean testOnly = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "-c" -> conf = Path.of(value(args, ++i, a));
        case "-D" -> home = Path.of(value(args, ++i, a));
        case "-F" -> force = true;
        case "-t" -> testOnly = true;
        case "-h", "--help" -> {
          out.println(usage());
          return 0;
        }
        default -> throw new UsageException("unknown option '" + a + "'\n" + usage());
      }
    }
    Path config = conf != null ? conf : home.resolve("etc/ossec.conf");
    List<ConfiguredLists.Declared> declared;
    try {
      declared = ConfiguredLists.read(config);
    } catch (XmlParseException e) {
      err.println("osprey makelists: error: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("osprey makelists: error: cannot read " + config + ": " + describe(e));
      return 1;
    }
    if (testOnly) {
      return 0;
    }
    boolean failed = false;
    for (ConfiguredLists.Declared d : declared) {
      ListCompileResult r = ListCompiler.compile(home, ListPath.of(d.path()), force);
      switch (r.outcome()) {
        case COMPILED, UP_TO_DATE -> {
          out.println(r.report());
          for (ListProblem p : r.problems()) {
            err.println("osprey makelists: warning: " + p);
          }
        }
        case MISSING, FAILED -> {
          failed = true;
          for (ListProblem p : r.problems()) {
            err.println("osprey makelists: error: " + d.where() + ": <list>" + d.path() + "</list>: " + p);
          }
        }
      }
    }
    return failed ? 1 : 0;
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(option + " needs an argument\n" + usage());
    }
    return args.get(i);
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
  }

  private static String usage() {
    return """
        usage: osprey makelists [-c CONF] [-D HOME] [-F] [-t]
          -c CONF  configuration file (default: HOME/etc/ossec.conf)
          -D HOME  install directory the list paths are relative to (default: /var/ossec)
          -F       rebuild every list, even those that look up to date
          -t       only read the configuration""";
  }
}
