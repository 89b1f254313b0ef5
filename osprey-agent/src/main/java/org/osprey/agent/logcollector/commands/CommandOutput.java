package org.osprey.agent.logcollector.commands;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.files.LineSplitter;

/**
 * The events of a command's output, as OSSEC builds them ({@code read_command.c},
 * {@code read_fullcommand.c}). Pure functions over bytes.
 */
public final class CommandOutput {
  private CommandOutput() {}

  /** {@code ossec: output: '<name>': } — the prefix of each {@code command} event. */
  public static String linePrefix(String name) {
    return "ossec: output: '" + name + "': ";
  }

  /** {@code ossec: output: '<name>':} and a newline — the first line of a full_command event. */
  public static String fullHeader(String name) {
    return "ossec: output: '" + name + "':\n";
  }

  /**
   * Splits output into {@code command} events: one per non-empty line, each cut so the event
   * fits in {@code maxLength}.
   */
  public static final class Lines {
    private final String prefix;
    private final LineSplitter splitter;
    private final List<String> events = new ArrayList<>();
    private long cut;

    public Lines(String name, int maxLength) {
      this.prefix = linePrefix(name);
      this.splitter = new LineSplitter(Math.max(1, maxLength - prefix.length()));
    }

    /** Takes more output; returns the events it completes. */
    public List<String> feed(byte[] b, int off, int len) throws InterruptedException {
      events.clear();
      splitter.feed(b, off, len, this::line);
      return List.copyOf(events);
    }

    /** The output ended: returns the event of an unterminated last line, if any. */
    public List<String> finish() throws InterruptedException {
      events.clear();
      splitter.finish(this::line);
      return List.copyOf(events);
    }

    /** Lines cut so far. */
    public long cut() {
      return cut;
    }

    private void line(byte[] bytes, int offset, int length, long full, int consumed) {
      if (full > length) {
        cut++;
      }
      String s = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
      if (!s.isEmpty() && !s.equals("\r")) {
        events.add(prefix + s);
      }
    }
  }

  /**
   * The {@code full_command} event of {@code output} (the first {@code length} bytes of the
   * command's output): the header, then the output without carriage returns, blank lines and the
   * final newline; null when that leaves nothing.
   */
  public static @Nullable String full(String name, byte[] output, int length) {
    StringBuilder b = new StringBuilder(fullHeader(name));
    int start = b.length();
    for (int i = 0; i < length; i++) {
      char c = (char) (output[i] & 0xff);
      if (c == '\r') {
        continue;
      }
      if (c == '\n' && (b.length() == start || b.charAt(b.length() - 1) == '\n')) {
        continue; // a blank line
      }
      b.append(c);
    }
    if (b.length() > start && b.charAt(b.length() - 1) == '\n') {
      b.setLength(b.length() - 1);
    }
    return b.length() == start ? null : b.toString();
  }
}
