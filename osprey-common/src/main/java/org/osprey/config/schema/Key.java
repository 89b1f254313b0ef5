package org.osprey.config.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One configuration element (or attribute of an element), declared once.
 *
 * @param name the element or attribute name as OSSEC documents it
 * @param aliases other accepted names (OSSEC's synonyms, such as {@code allow_list} for {@code
 *     white_list})
 * @param type how its text is parsed
 * @param defaultValue the value when it is absent, or null when it has none
 * @param defaultNote how the default is documented when it is not a plain value, or null
 * @param doc one line of documentation
 * @param repeatable whether it may appear several times, each adding to a list
 * @param required whether the section is invalid without it
 * @param attributes the attributes this element accepts (empty for an attribute)
 * @param extension whether this is Osprey's addition, unknown to OSSEC 4.3
 * @param <T> the parsed value
 */
public record Key<T>(
    String name,
    List<String> aliases,
    ValueType<T> type,
    @Nullable T defaultValue,
    @Nullable String defaultNote,
    String doc,
    boolean repeatable,
    boolean required,
    List<Key<?>> attributes,
    boolean extension) {

  public Key {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a key needs a name");
    }
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(doc, "doc");
    if (doc.isBlank() || doc.contains("\n")) {
      throw new IllegalArgumentException("key " + name + " needs one line of documentation");
    }
    attributes = List.copyOf(attributes);
    if (required && defaultValue != null) {
      throw new IllegalArgumentException("key " + name + " is required, so it cannot have a default");
    }
  }

  /** A single, optional key without a default. */
  public static <T> Key<T> of(String name, ValueType<T> type, String doc) {
    return new Key<>(name, List.of(), type, null, null, doc, false, false, List.of(), false);
  }

  /** This key with a default value. */
  public Key<T> defaultValue(T value) {
    return new Key<>(name, aliases, type, value, defaultNote, doc, repeatable, required, attributes,
        extension);
  }

  /** This key with a default that the documentation describes in words. */
  public Key<T> defaultNote(String note) {
    return new Key<>(name, aliases, type, defaultValue, note, doc, repeatable, required, attributes,
        extension);
  }

  /** This key, accepted several times. */
  public Key<T> asRepeatable() {
    return new Key<>(name, aliases, type, defaultValue, defaultNote, doc, true, required, attributes,
        extension);
  }

  /** This key, required in its section. */
  public Key<T> asRequired() {
    return new Key<>(name, aliases, type, defaultValue, defaultNote, doc, repeatable, true,
        attributes, extension);
  }

  /** This key, also accepted under {@code alias}. */
  public Key<T> alias(String alias) {
    List<String> more = new ArrayList<>(aliases);
    more.add(alias);
    return new Key<>(name, more, type, defaultValue, defaultNote, doc, repeatable, required,
        attributes, extension);
  }

  /** This key with the given attributes. */
  public Key<T> attributes(Key<?>... attrs) {
    return new Key<>(name, aliases, type, defaultValue, defaultNote, doc, repeatable, required,
        List.of(attrs), extension);
  }

  /** This key, marked as Osprey's own addition. */
  public Key<T> asExtension() {
    return new Key<>(name, aliases, type, defaultValue, defaultNote, doc, repeatable, required,
        attributes, true);
  }

  /** Whether {@code written} names this key (ASCII case ignored, aliases included). */
  public boolean matches(String written) {
    if (name.equalsIgnoreCase(written)) {
      return true;
    }
    for (String a : aliases) {
      if (a.equalsIgnoreCase(written)) {
        return true;
      }
    }
    return false;
  }

  /** The attribute declared under {@code written}, or null. */
  public @Nullable Key<?> attribute(String written) {
    for (Key<?> a : attributes) {
      if (a.matches(written)) {
        return a;
      }
    }
    return null;
  }

  /** The default as the documentation shows it. */
  public String defaultText() {
    if (defaultNote != null) {
      return defaultNote;
    }
    if (defaultValue != null) {
      return type.show(defaultValue);
    }
    return required ? "required" : "none";
  }

  @Override
  public String toString() {
    return name.toLowerCase(Locale.ROOT);
  }
}
