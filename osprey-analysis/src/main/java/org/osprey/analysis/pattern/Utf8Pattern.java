package org.osprey.analysis.pattern;

import org.jspecify.annotations.Nullable;

/**
 * An OS_Regex or OS_Match pattern on its PCRE2 path, which OSSEC runs in UTF mode. ASCII subjects are
 * searched directly. Other subjects are decoded from UTF-8 and searched as text with Unicode case
 * folding, so {@code (?s:.)} and {@code [^ ]} take whole characters; the end offset is mapped back to
 * a byte offset and captures are re-encoded to Latin-1 byte strings. Subjects that are not valid
 * UTF-8 never match (what OSSEC was observed to do). Decoding allocates one string per non-ASCII
 * search.
 */
final class Utf8Pattern extends CompiledPattern {
  private final @Nullable Runner ascii;
  private final Runner unicode;

  /**
   * @param ascii runner for ASCII subjects, compiled from an ASCII pattern; null to use
   *     {@code unicode} for them too
   * @param unicode runner over decoded text
   */
  Utf8Pattern(
      Dialect dialect, String source, Engine engine, String note, @Nullable Runner ascii, Runner unicode) {
    super(dialect, source, engine, note);
    this.ascii = ascii;
    this.unicode = unicode;
  }

  @Override
  public long abortedSearches() {
    return unicode.aborted() + (ascii == null ? 0 : ascii.aborted());
  }

  @Override
  public boolean test(CharSequence subject) {
    return find(subject, 0, null) >= 0;
  }

  @Override
  public int find(CharSequence subject, int from, @Nullable Captures captures) {
    if (captures != null) {
      captures.clear();
    }
    if (from < 0 || from > subject.length()) {
      throw new IndexOutOfBoundsException(from);
    }
    if (Utf8.isAscii(subject, from)) {
      return (ascii != null ? ascii : unicode).find(subject, from, captures);
    }
    String text = Utf8.decode(subject, from);
    if (text == null) {
      return -1;
    }
    int end = unicode.find(text, 0, captures);
    if (end < 0) {
      return -1;
    }
    if (captures != null) {
      int n = captures.size();
      String[] encoded = new String[n];
      for (int i = 0; i < n; i++) {
        encoded[i] = Utf8.toLatin1(captures.get(i));
      }
      captures.clear();
      for (String e : encoded) {
        captures.add(e);
      }
    }
    return from + Utf8.encodedLength(text, end);
  }
}
