package org.osprey.agent.logcollector.commands;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.positions.PositionStore;
import org.osprey.log.DaemonLog;
import org.osprey.queue.QueueMessage;
import org.osprey.queue.QueueWriter;

/**
 * One run of one command: runs it, turns its output into events and sends them (for
 * {@code check_diff}, only when the output changed), and reports a command that cannot start,
 * fails or hangs in ossec.log — once per kind of problem, and again when it recovers.
 */
final class CommandJob {
  private final CommandSpec spec;
  private final CommandRunner runner;
  private final Duration timeout;
  private final int maxLength;
  private final QueueWriter out;
  private final PositionStore positions;
  private final DaemonLog log;
  private final CommandStats stats;
  private @Nullable String lastProblem;

  CommandJob(CommandSpec spec, CommandRunner runner, Duration timeout, int maxLength,
      QueueWriter out, PositionStore positions, DaemonLog log, CommandStats stats) {
    this.spec = spec;
    this.runner = runner;
    this.timeout = timeout;
    this.maxLength = maxLength;
    this.out = out;
    this.positions = positions;
    this.log = log;
    this.stats = stats;
  }

  CommandSpec spec() {
    return spec;
  }

  /** Runs the command once. */
  void run() throws InterruptedException {
    stats.runs.increment();
    List<String> held = new ArrayList<>();
    CommandRunner.Result result;
    long[] cut = new long[1];
    if (spec.full()) {
      byte[] buf = new byte[Math.max(0, maxLength - CommandOutput.fullHeader(spec.location()).length())];
      int[] length = new int[1];
      result = runner.run(spec.command(), timeout, (b, off, len) -> {
        int keep = Math.min(len, buf.length - length[0]);
        System.arraycopy(b, off, buf, length[0], keep);
        length[0] += keep;
        cut[0] += len - keep;
      });
      String event = CommandOutput.full(spec.location(), buf, length[0]);
      if (event != null && !result.timedOut()) {
        held.add(event);
      }
    } else {
      CommandOutput.Lines lines = new CommandOutput.Lines(spec.location(), maxLength);
      result = runner.run(spec.command(), timeout, (b, off, len) -> deliver(lines.feed(b, off, len), held));
      deliver(lines.finish(), held);
      cut[0] = lines.cut();
    }
    if (spec.checkDiff()) {
      String digest = digest(held);
      if (digest.equals(positions.digest(spec.digestKey()))) {
        stats.unchanged.increment();
      } else {
        for (String e : held) {
          send(e);
        }
        positions.setDigest(spec.digestKey(), digest);
      }
    } else {
      for (String e : held) {
        send(e); // a full_command's one event
      }
    }
    if (cut[0] > 0) {
      log.warn("Output of command '" + spec.location() + "' was longer than " + maxLength
          + " bytes " + (spec.full() ? "in all" : "on a line") + "; it was cut.");
    }
    report(result);
  }

  /** Sends events now, or holds them for check_diff. */
  private void deliver(List<String> events, List<String> held) throws InterruptedException {
    if (spec.checkDiff()) {
      held.addAll(events);
    } else {
      for (String e : events) {
        send(e);
      }
    }
  }

  private void send(String text) throws InterruptedException {
    out.send(new QueueMessage(QueueMessage.LOCALFILE, spec.location(), text));
  }

  private void report(CommandRunner.Result r) {
    String problem;
    if (r.error() != null) {
      problem = "Unable to execute command: '" + spec.command() + "' (" + r.error() + ").";
    } else if (r.timedOut()) {
      problem = "Command '" + spec.command() + "' did not finish within "
          + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms")
          + "; it was killed" + (spec.full() ? " and its output dropped." : ".");
    } else if (r.exitCode() != 0) {
      problem = "Command '" + spec.command() + "' exited with status " + r.exitCode()
          + (r.stderr().isEmpty() ? "." : ": " + r.stderr());
    } else {
      problem = null;
    }
    if (!r.ok()) {
      stats.failures.increment();
      if (r.timedOut()) {
        stats.timeouts.increment();
      }
    }
    if (problem != null && !problem.equals(lastProblem)) {
      if (r.error() != null || r.timedOut()) {
        log.error(problem);
      } else {
        log.warn(problem);
      }
    } else if (problem == null && lastProblem != null) {
      log.info("Command '" + spec.command() + "' runs normally again.");
    }
    lastProblem = problem;
  }

  private static String digest(List<String> events) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String e : events) {
        md.update(e.getBytes(StandardCharsets.ISO_8859_1));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
