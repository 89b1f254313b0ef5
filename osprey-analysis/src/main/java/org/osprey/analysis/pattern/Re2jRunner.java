package org.osprey.analysis.pattern;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Runs a pattern on RE2/J, in time linear in the subject. RE2/J has no PCRE2-style {@code $}: the
 * emitted pattern uses {@code \z}, which is the same unless the subject ends in a newline, so those
 * subjects (rare in logs) go to the budgeted JDK runner instead. One matcher per thread, reused.
 */
final class Re2jRunner implements Runner {
  private final boolean newlineSensitive;
  private final @Nullable Runner newlineFallback;
  private final LongAdder refused = new LongAdder();
  private final ThreadLocal<State> state;

  /**
   * @param newlineSensitive whether the pattern's anchors differ from PCRE2's on a subject that ends
   *     in a newline
   * @param newlineFallback the runner for such subjects; without one they count as aborted
   */
  Re2jRunner(Pattern pattern, @Nullable Runner newlineFallback, boolean newlineSensitive) {
    this.newlineSensitive = newlineSensitive;
    this.newlineFallback = newlineFallback;
    this.state = ThreadLocal.withInitial(() -> new State(pattern.matcher("")));
  }

  private static final class State {
    final Matcher matcher;
    final OffsetText view = new OffsetText();

    State(Matcher matcher) {
      this.matcher = matcher;
    }
  }

  @Override
  public int find(CharSequence text, int from, @Nullable Captures captures) {
    int len = text.length();
    if (newlineSensitive && len > from && text.charAt(len - 1) == '\n') {
      if (newlineFallback != null) {
        return newlineFallback.find(text, from, captures);
      }
      refused.increment();
      return -1;
    }
    State s = state.get();
    s.view.reset(text, from);
    Matcher m = s.matcher;
    m.reset(s.view);
    if (!m.find()) {
      return -1;
    }
    if (captures != null) {
      captures.clear();
      for (int g = 1, n = m.groupCount(); g <= n && captures.size() < Captures.MAX; g++) {
        int start = m.start(g);
        if (start >= 0) {
          captures.add(text.subSequence(from + start, from + m.end(g)).toString());
        }
      }
    }
    return from + m.end();
  }

  @Override
  public long aborted() {
    return refused.sum() + (newlineFallback == null ? 0 : newlineFallback.aborted());
  }
}
