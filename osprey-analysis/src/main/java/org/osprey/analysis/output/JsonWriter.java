package org.osprey.analysis.output;

import org.jspecify.annotations.Nullable;

/**
 * A compact streaming JSON writer onto a {@link StringBuilder}: it places the commas and colons,
 * and quotes strings with {@link JsonText}. Nesting is limited to {@value #MAX_DEPTH} levels. It
 * does not check that names and values alternate; its callers are a handful of fixed layouts.
 */
final class JsonWriter {
  static final int MAX_DEPTH = 32;

  private StringBuilder out;
  private final boolean[] first = new boolean[MAX_DEPTH];
  private int depth;
  private boolean afterName;

  JsonWriter(StringBuilder out) {
    this.out = out;
  }

  /** Starts a new document in {@code out}, appending to what it holds. */
  JsonWriter reset(StringBuilder target) {
    this.out = target;
    depth = 0;
    afterName = false;
    return this;
  }

  JsonWriter beginObject() {
    separate();
    out.append('{');
    push();
    return this;
  }

  JsonWriter endObject() {
    pop();
    out.append('}');
    return this;
  }

  JsonWriter beginArray() {
    separate();
    out.append('[');
    push();
    return this;
  }

  JsonWriter endArray() {
    pop();
    out.append(']');
    return this;
  }

  JsonWriter name(CharSequence name) {
    separate();
    JsonText.quote(name, out);
    out.append(':');
    afterName = true;
    return this;
  }

  JsonWriter value(CharSequence s) {
    separate();
    JsonText.quote(s, out);
    return this;
  }

  JsonWriter value(long n) {
    separate();
    out.append(n);
    return this;
  }

  JsonWriter value(boolean b) {
    separate();
    out.append(b);
    return this;
  }

  /**
   * Places the separator for a value the caller appends itself to the returned builder (it must be
   * one valid JSON value).
   */
  StringBuilder rawValue() {
    separate();
    return out;
  }

  /** A string member, left out when {@code value} is null. */
  JsonWriter field(String name, @Nullable CharSequence value) {
    if (value != null) {
      name(name).value(value);
    }
    return this;
  }

  /** Whether the innermost open object or array has no member yet. */
  boolean empty() {
    return depth > 0 && first[depth - 1];
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      if (first[depth - 1]) {
        first[depth - 1] = false;
      } else {
        out.append(',');
      }
    }
  }

  private void push() {
    if (depth == MAX_DEPTH) {
      throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
    }
    first[depth++] = true;
  }

  private void pop() {
    if (depth == 0) {
      throw new IllegalStateException("no open JSON object or array");
    }
    depth--;
  }
}
