package org.osprey.analysis.cdb;

import java.util.Locale;

/** The {@code lookup} attribute of a rule's {@code <list>} element (default {@link #MATCH_KEY}). */
public enum LookupType {
  /** The key exists. */
  MATCH_KEY("match_key", false, false),
  /** The key does not exist. */
  NOT_MATCH_KEY("not_match_key", false, false),
  /** The key exists and its value matches {@code check_value}. */
  MATCH_KEY_VALUE("match_key_value", false, true),
  /** The key, or a prefix of it ending in {@code .}, exists (longest first). */
  ADDRESS_MATCH_KEY("address_match_key", true, false),
  /** Neither the key nor a prefix of it ending in {@code .} exists. */
  NOT_ADDRESS_MATCH_KEY("not_address_match_key", true, false),
  /**
   * OSSEC 4.3.0 inverts this one: true unless the key (or its longest prefix ending in {@code .}) exists
   * <em>and</em> its value matches {@code check_value}. See {@link ListLookup}.
   */
  ADDRESS_MATCH_KEY_VALUE("address_match_key_value", true, true);

  private final String xmlName;
  private final boolean address;
  private final boolean usesValue;

  LookupType(String xmlName, boolean address, boolean usesValue) {
    this.xmlName = xmlName;
    this.address = address;
    this.usesValue = usesValue;
  }

  /** The attribute value, e.g. {@code address_match_key}. */
  public String xmlName() {
    return xmlName;
  }

  /** Whether prefixes ending in {@code .} are tried after the whole key. */
  public boolean address() {
    return address;
  }

  /** Whether the lookup tests the value with {@code check_value}. */
  public boolean usesValue() {
    return usesValue;
  }

  /** Parses the attribute value, ignoring case as OSSEC does. */
  public static LookupType parse(String text) {
    for (LookupType t : values()) {
      if (t.xmlName.equalsIgnoreCase(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException("List match lookup=\"" + text + "\" is not valid (expected one of "
        + String.join(", ", names()) + ")");
  }

  private static String[] names() {
    LookupType[] all = values();
    String[] out = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      out[i] = all[i].xmlName;
    }
    return out;
  }

  @Override
  public String toString() {
    return xmlName.toLowerCase(Locale.ROOT);
  }
}
