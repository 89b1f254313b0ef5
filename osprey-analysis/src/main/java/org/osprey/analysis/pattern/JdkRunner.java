package org.osprey.analysis.pattern;

import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs a pattern on {@code java.util.regex}, optionally under a work budget ({@link BudgetedText}).
 *
 * <p>Allocation: each thread keeps one {@link Matcher} per pattern in a {@link ThreadLocal} and resets
 * it for every search, so a search allocates nothing but the capture strings. A matcher keeps a
 * reference to the last subject it searched until the next search on that thread. The JDK recurses
 * once per repetition of a group, so very long subjects can overflow the stack: such a search is
 * handed to an equivalent RE2/J runner when the pattern has one, otherwise abandoned and counted,
 * like one that exhausts its budget, and reported as no match.
 */
final class JdkRunner implements Runner {
  private final boolean bounded;
  private final boolean restartEachPosition;
  private final boolean anchoredAtStart;
  private final @Nullable Runner overflowFallback;
  // When set, searches run under a small budget and this runner answers those that spend it.
  private final @Nullable Runner budgetFallback;
  private final LongAdder aborted = new LongAdder();
  private final ThreadLocal<State> state;

  /**
   * @param bounded whether searches run under the work budget
   * @param restartEachPosition whether to try each start position with a fresh matcher state,
   *     because the pattern could otherwise report a capture left over from an earlier position
   *     (see {@link Analysis#jdkCaptureLeaks}); slower, so only for such patterns
   * @param overflowFallback an equivalent runner that does not recurse (RE2/J), for searches that
   *     overflow the stack; without one they count as aborted
   */
  JdkRunner(
      Pattern pattern, boolean bounded, boolean restartEachPosition, @Nullable Runner overflowFallback) {
    this(pattern, bounded, restartEachPosition, overflowFallback, false);
  }

  /**
   * @param anchoredAtStart every match starts at the search start ({@code ^} begins every
   *     alternative): {@link Matcher#lookingAt} answers at once where {@code find} would try every
   *     position in turn
   */
  JdkRunner(Pattern pattern, boolean bounded, boolean restartEachPosition,
      @Nullable Runner overflowFallback, boolean anchoredAtStart) {
    this(pattern, bounded, restartEachPosition, overflowFallback, anchoredAtStart, null);
  }

  /** The small budget of a speculative search: a fixed part and a part per character searched. */
  static final long SPECULATIVE_BASE = 5_000;
  static final long SPECULATIVE_PER_CHAR = 50;

  /**
   * A runner that tries the JDK first, under a budget of {@link #SPECULATIVE_BASE} plus
   * {@link #SPECULATIVE_PER_CHAR} reads per character, and hands a search that spends it (or
   * overflows the stack) to {@code fallback}, which must answer as this pattern does. For patterns
   * that could backtrack without bound: the common subject is answered at the JDK's speed, the
   * pathological one in {@code fallback}'s guaranteed time plus the small budget.
   */
  static JdkRunner speculative(Pattern pattern, boolean restartEachPosition, boolean anchoredAtStart,
      Runner fallback) {
    return new JdkRunner(pattern, true, restartEachPosition, fallback, anchoredAtStart, fallback);
  }

  private JdkRunner(Pattern pattern, boolean bounded, boolean restartEachPosition,
      @Nullable Runner overflowFallback, boolean anchoredAtStart, @Nullable Runner budgetFallback) {
    this.budgetFallback = budgetFallback;
    this.bounded = bounded;
    this.restartEachPosition = restartEachPosition;
    this.anchoredAtStart = anchoredAtStart;
    this.overflowFallback = overflowFallback;
    this.state = ThreadLocal.withInitial(() -> new State(pattern.matcher("")));
  }

  private static final class State {
    final Matcher matcher;
    final BudgetedText budgeted = new BudgetedText();
    final OffsetText view = new OffsetText();

    State(Matcher matcher) {
      this.matcher = matcher;
    }
  }

  @Override
  public int find(CharSequence text, int from, @Nullable Captures captures) {
    State s = state.get();
    Matcher m = s.matcher;
    int len = text.length();
    CharSequence input = text;
    if (budgetFallback != null) {
      s.budgeted.reset(text, SPECULATIVE_BASE + SPECULATIVE_PER_CHAR * (len - from));
      input = s.budgeted;
    } else if (bounded) {
      s.budgeted.reset(text, len - from);
      input = s.budgeted;
    }
    int base = 0;
    try {
      if (restartEachPosition) {
        s.view.reset(input, from);
        base = from;
        if (!findRestarting(m, s.view)) {
          return -1;
        }
      } else {
        m.reset(input);
        m.region(from, len);
        if (!(anchoredAtStart ? m.lookingAt() : m.find())) {
          return -1;
        }
      }
    } catch (StackOverflowError e) {
      if (overflowFallback != null) {
        return overflowFallback.find(text, from, captures);
      }
      aborted.increment();
      return -1;
    } catch (BudgetedText.Exhausted e) {
      if (budgetFallback != null) {
        return budgetFallback.find(text, from, captures);
      }
      aborted.increment();
      return -1;
    }
    if (captures != null) {
      captures.clear();
      for (int g = 1, n = m.groupCount(); g <= n && captures.size() < Captures.MAX; g++) {
        int start = m.start(g);
        if (start >= 0) {
          captures.add(text.subSequence(base + start, base + m.end(g)).toString());
        }
      }
    }
    return base + m.end();
  }

  /** A search that clears the captures before each start position, as PCRE2 does. */
  private static boolean findRestarting(Matcher m, CharSequence view) {
    int n = view.length();
    m.reset(view);
    m.useAnchoringBounds(false);
    m.useTransparentBounds(true);
    for (int start = 0; start <= n; start++) {
      m.region(start, n);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public long aborted() {
    return aborted.sum() + (overflowFallback == null ? 0 : overflowFallback.aborted());
  }
}
