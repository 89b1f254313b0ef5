package org.osprey.analysis.rule;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.pattern.OsPattern;

/**
 * A rule's {@code <list field="..." lookup="..." [check_value="..."]>path</list>}.
 *
 * @param field which event field is looked up
 * @param lookup the lookup type
 * @param path the list path as written (resolved by the engine)
 * @param checkValue the OS_Match pattern a value must match, for the {@code *_value} lookups
 */
public record ListCondition(ListField field, Lookup lookup, String path, @Nullable OsPattern checkValue) {

  /** The fields a list can look up. */
  public enum ListField {
    SRCIP, SRCPORT, DSTIP, DSTPORT, USER, URL, ID, HOSTNAME, PROGRAM_NAME, STATUS, ACTION;

    public static @Nullable ListField parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  /** OSSEC's lookup types. */
  public enum Lookup {
    MATCH_KEY("match_key"),
    NOT_MATCH_KEY("not_match_key"),
    MATCH_KEY_VALUE("match_key_value"),
    ADDRESS_MATCH_KEY("address_match_key"),
    NOT_ADDRESS_MATCH_KEY("not_address_match_key"),
    ADDRESS_MATCH_KEY_VALUE("address_match_key_value");

    private final String xml;

    Lookup(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static @Nullable Lookup parse(String s) {
      for (Lookup l : values()) {
        if (l.xml.equalsIgnoreCase(s)) {
          return l;
        }
      }
      return null;
    }
  }
}
