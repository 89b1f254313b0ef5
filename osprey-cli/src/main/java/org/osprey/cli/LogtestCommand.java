package org.osprey.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import org.osprey.analysis.logtest.Logtest;

/**
 * {@code osprey logtest}: OSSEC's {@code ossec-logtest}. Log bytes pass through unchanged, so the
 * standard streams are written as Latin-1 (one byte per character), not re-encoded.
 */
final class LogtestCommand implements Command {
  @Override
  public String summary() {
    return "test decoders and rules on log lines (OSSEC's ossec-logtest, same flags)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws Exception {
    boolean console = out == System.out;
    PrintStream o = console ? latin1(FileDescriptor.out) : out;
    PrintStream e = console ? latin1(FileDescriptor.err) : err;
    try {
      return new Logtest(InstantSource.system(), ZoneId.systemDefault()).run(args, in, o, e);
    } finally {
      o.flush();
      e.flush();
    }
  }

  private static PrintStream latin1(FileDescriptor fd) {
    return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.ISO_8859_1);
  }
}
