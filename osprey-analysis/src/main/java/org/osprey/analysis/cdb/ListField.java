package org.osprey.analysis.cdb;

import java.util.Locale;

/** The {@code field} attribute of a rule's {@code <list>} element: which event field is looked up. */
public enum ListField {
  SRCIP,
  SRCPORT,
  DSTIP,
  DSTPORT,
  /**
   * The source user when the event has one, else the destination user (the opposite of the
   * {@code <user>} rule element, which prefers the destination user).
   */
  USER,
  URL,
  ID,
  HOSTNAME,
  PROGRAM_NAME,
  STATUS,
  ACTION;

  /** The attribute value, e.g. {@code program_name}. */
  public String xmlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the attribute value, ignoring case as OSSEC does. */
  public static ListField parse(String text) {
    for (ListField f : values()) {
      if (f.xmlName().equalsIgnoreCase(text)) {
        return f;
      }
    }
    throw new IllegalArgumentException("List match field=\"" + text + "\" is not valid");
  }
}
