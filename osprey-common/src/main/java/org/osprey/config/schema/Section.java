package org.osprey.config.schema;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The declaration of one child of {@code <ossec_config>}.
 *
 * @param name the element name, such as {@code global}
 * @param doc one line of documentation
 * @param list whether each occurrence is its own item ({@code <localfile>}) rather than being merged
 *     into one ({@code <global>})
 * @param keys the elements it accepts, in documentation order
 */
public record Section(String name, String doc, boolean list, List<Key<?>> keys) {

  public Section {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(doc, "doc");
    keys = List.copyOf(keys);
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        if (keys.get(j).matches(keys.get(i).name())) {
          throw new IllegalArgumentException("<" + name + "> declares " + keys.get(i) + " twice");
        }
      }
    }
  }

  /** A section whose repeated occurrences merge into one. */
  public static Section merged(String name, String doc, Key<?>... keys) {
    return new Section(name, doc, false, List.of(keys));
  }

  /** A section whose every occurrence is an item of a list. */
  public static Section listed(String name, String doc, Key<?>... keys) {
    return new Section(name, doc, true, List.of(keys));
  }

  /** The key declared under {@code written}, or null. */
  public @Nullable Key<?> key(String written) {
    for (Key<?> k : keys) {
      if (k.matches(written)) {
        return k;
      }
    }
    return null;
  }
}
