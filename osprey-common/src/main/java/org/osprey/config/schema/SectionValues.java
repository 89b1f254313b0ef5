package org.osprey.config.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The entries read for one section: one occurrence of a listed section, or every occurrence of a
 * merged one, in document order. A single key that was written several times takes its last value,
 * as OSSEC does; a repeatable key collects them all.
 *
 * @param section the declaration
 * @param source the file of the (first) occurrence
 * @param line the line of the (first) occurrence, or 0 when the section was absent
 * @param entries the entries in document order
 */
public record SectionValues(Section section, String source, int line, List<Entry> entries) {

  public SectionValues {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(entries);
  }

  /** The last value written for {@code key}, else its default; fails when it has neither. */
  public <T> T get(Key<T> key) {
    T v = find(key);
    if (v == null) {
      throw new IllegalStateException(key + " has no value and no default in <" + section.name() + ">");
    }
    return v;
  }

  /** The last value written for {@code key}, else its default, else null. */
  public <T> @Nullable T find(Key<T> key) {
    Entry e = last(key);
    return e != null ? e.value(key) : key.defaultValue();
  }

  /** Every value written for {@code key}, in order. */
  public <T> List<T> all(Key<T> key) {
    List<T> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.key() == key) {
        out.add(e.value(key));
      }
    }
    return out;
  }

  /** Every entry written for {@code key}, in order. */
  public List<Entry> entries(Key<?> key) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.key() == key) {
        out.add(e);
      }
    }
    return out;
  }

  /** The last entry written for {@code key}, or null. */
  public @Nullable Entry last(Key<?> key) {
    Entry found = null;
    for (Entry e : entries) {
      if (e.key() == key) {
        found = e;
      }
    }
    return found;
  }

  /** Whether {@code key} was written. */
  public boolean has(Key<?> key) {
    return last(key) != null;
  }
}
