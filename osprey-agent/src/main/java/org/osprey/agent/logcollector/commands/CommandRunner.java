package org.osprey.agent.logcollector.commands;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs one command with {@code /bin/sh -c}, as OSSEC's {@code popen} does, streaming its standard
 * output to a consumer, and never for longer than a timeout: a command still running then is killed
 * with its child processes. Standard input is {@code /dev/null}; the start of standard error is
 * kept for the report.
 */
public final class CommandRunner {
  private static final int STDERR_KEPT = 512;

  private final List<String> shell;

  /** Runs commands with {@code /bin/sh -c}. */
  public CommandRunner() {
    this(List.of("/bin/sh", "-c"));
  }

  /** Runs commands with {@code shell} followed by the command text. */
  public CommandRunner(List<String> shell) {
    this.shell = List.copyOf(shell);
  }

  /** Takes the command's output as it comes. */
  @FunctionalInterface
  public interface Output {
    void bytes(byte[] b, int off, int len) throws InterruptedException;
  }

  /**
   * How a run ended.
   *
   * @param exitCode the exit status, or -1 when it did not exit by itself (killed, not started)
   * @param timedOut true when it was killed at the timeout
   * @param error why it could not start, or null
   * @param stderr the start of its standard error, stripped
   */
  public record Result(int exitCode, boolean timedOut, @Nullable String error, String stderr) {
    /** True when it ran and exited with status 0. */
    public boolean ok() {
      return exitCode == 0 && !timedOut && error == null;
    }
  }

  /** Runs {@code command}, giving its output to {@code out}; waits at most {@code timeout}. */
  public Result run(String command, Duration timeout, Output out) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    ProcessBuilder pb = new ProcessBuilder(concat(command))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Result(-1, false, e.getMessage() == null ? e.toString() : e.getMessage(), "");
    }
    StringBuilder err = new StringBuilder();
    Thread errReader = Thread.ofPlatform().daemon().name("osprey-command-stderr")
        .start(() -> keepStart(p.getErrorStream(), err));
    Throwable[] failed = new Throwable[1];
    Thread outReader = Thread.ofPlatform().daemon().name("osprey-command-stdout").start(() -> {
      try (InputStream in = p.getInputStream()) {
        byte[] buf = new byte[16 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
          out.bytes(buf, 0, n);
        }
      } catch (IOException | InterruptedException | RuntimeException e) {
        failed[0] = e;
      }
    });
    boolean done;
    try {
      done = outReader.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
          && p.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      kill(p);
      throw e;
    }
    if (!done) {
      kill(p);
      outReader.join(Duration.ofSeconds(1));
      errReader.join(Duration.ofMillis(200));
      return new Result(-1, true, null, stderr(err));
    }
    errReader.join(Duration.ofSeconds(1));
    if (failed[0] instanceof InterruptedException ie) {
      throw ie;
    }
    return new Result(p.exitValue(), false, null, stderr(err));
  }

  private List<String> concat(String command) {
    List<String> argv = new ArrayList<>(shell);
    argv.add(command);
    return argv;
  }

  private static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }

  private static void keepStart(InputStream in, StringBuilder err) {
    try (in) {
      byte[] buf = new byte[4096];
      int n;
      while ((n = in.read(buf)) > 0) {
        synchronized (err) {
          int keep = Math.min(n, STDERR_KEPT - err.length());
          if (keep > 0) {
            err.append(new String(buf, 0, keep, StandardCharsets.ISO_8859_1));
          }
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  private static String stderr(StringBuilder err) {
    synchronized (err) {
      return err.toString().strip().replace('\n', ' ');
    }
  }
}
