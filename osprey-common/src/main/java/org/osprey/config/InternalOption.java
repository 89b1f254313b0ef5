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
 */
public record InternalOption(
    String section, String name, int min, int max, int defaultValue, String doc) {

  public InternalOption {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(name, "name");
    if (min < 0 || min > max || defaultValue < min || defaultValue > max) {
      throw new IllegalArgumentException(section + "." + name + ": " + defaultValue + " in " + min + "-" + max);
    }
    Objects.requireNonNull(doc, "doc");
  }

  /** {@code section.name}. */
  public String key() {
    return section + "." + name;
  }
}
