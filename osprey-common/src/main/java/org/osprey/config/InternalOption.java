package org.osprey.config;

import java.util.Objects;

/**
 * The declaration of one {@code internal_options.conf} setting: {@code section.name=value}, an
 * integer in [min, max].
 *
 * @param section the part before the dot ({@code analysisd})
 * @param name the part after the dot ({@code default_timeframe})
 * @param min the smallest accepted value
 * @param max the largest accepted value
 * @param defaultValue the value Osprey ships
 * @param doc one line of documentation
 * @param extension true for Osprey's own options, which OSSEC's file does not have; a daemon reads
 *     them with {@link InternalOptions#getOrDefault}, so an install made before they existed works
 */
public record InternalOption(
    String section, String name, int min, int max, int defaultValue, String doc, boolean extension) {

  public InternalOption {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(name, "name");
    if (min < 0 || min > max || defaultValue < min || defaultValue > max) {
      throw new IllegalArgumentException(section + "." + name + ": " + defaultValue + " in " + min + "-" + max);
    }
    Objects.requireNonNull(doc, "doc");
  }

  /** One of OSSEC's options. */
  public InternalOption(String section, String name, int min, int max, int defaultValue, String doc) {
    this(section, name, min, max, defaultValue, doc, false);
  }

  /** One of Osprey's own options. */
  public static InternalOption extension(
      String section, String name, int min, int max, int defaultValue, String doc) {
    return new InternalOption(section, name, min, max, defaultValue, doc, true);
  }

  /** {@code section.name}. */
  public String key() {
    return section + "." + name;
  }
}
