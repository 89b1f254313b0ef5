package org.osprey.config.schema;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One element as read: its key, parsed value and parsed attributes, and where it was written.
 *
 * @param key the declaration it matched
 * @param value the parsed content
 * @param attributes the parsed attributes that were written, in document order
 * @param source the file it came from
 * @param line its 1-based line
 */
public record Entry(
    Key<?> key, Object value, Map<Key<?>, Object> attributes, String source, int line) {

  public Entry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    Objects.requireNonNull(source, "source");
  }

  /** The value, typed by its key. */
  @SuppressWarnings("unchecked")
  public <T> T value(Key<T> typed) {
    if (typed != key) {
      throw new IllegalArgumentException("entry of " + key + " read as " + typed);
    }
    return (T) value;
  }

  /** The attribute's value if written, else its default (which may be null). */
  @SuppressWarnings("unchecked")
  public <A> @Nullable A attribute(Key<A> attr) {
    Object v = attributes.get(attr);
    return v != null ? (A) v : attr.defaultValue();
  }

  /** Whether the attribute was written. */
  public boolean has(Key<?> attr) {
    return attributes.containsKey(attr);
  }

  /** "file:line". */
  public String where() {
    return source + ":" + line;
  }
}
