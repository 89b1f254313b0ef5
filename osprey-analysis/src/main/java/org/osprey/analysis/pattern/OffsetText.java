package org.osprey.analysis.pattern;

/** A reusable view of {@code text[offset..]}, for engines that cannot search a region. */
final class OffsetText implements CharSequence {
  private CharSequence text = "";
  private int offset;

  void reset(CharSequence newText, int newOffset) {
    this.text = newText;
    this.offset = newOffset;
  }

  @Override
  public int length() {
    return text.length() - offset;
  }

  @Override
  public char charAt(int index) {
    return text.charAt(offset + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(offset + start, offset + end);
  }

  @Override
  public String toString() {
    return text.subSequence(offset, text.length()).toString();
  }
}
