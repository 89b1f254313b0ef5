package org.osprey.analysis.cdb;

import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <list field="…" lookup="…" check_value="…">NAME</list>} rule condition, bound to its list
 * (OSSEC's {@code OS_DBSearch}, src/analysisd/lists_list.c). Immutable and thread-safe when the value
 * matcher is.
 *
 * <p>Semantics, for a field value {@code v}:
 *
 * <ul>
 *   <li>an absent field ({@code null}) fails every lookup type, the {@code not_*} ones included (the
 *       rule check returns before searching);
 *   <li>a list that is not declared, or whose {@code .cdb} could not be opened, fails every type;
 *   <li>{@code match_key}: {@code v} is a key; {@code not_match_key}: it is not;
 *   <li>{@code match_key_value}: {@code v} is a key and its first value satisfies {@code check_value};
 *   <li>{@code address_match_key}: {@code v} is a key, or else one of its prefixes ending in {@code .}
 *       is, tried longest first ({@code 10.1.2.3} → {@code 10.1.2.} → {@code 10.1.} → {@code 10.});
 *       {@code not_address_match_key} is its negation;
 *   <li>{@code address_match_key_value}: the same search picks one entry (the whole key, else the
 *       longest prefix found) and tests its value — and then <b>inverts the answer</b>, reproducing
 *       OSSEC 4.3.0: its {@code OS_DBSearch} returns true when {@code OS_DBSearchKeyAddressValue}
 *       returns 0, i.e. when no entry was found <em>or</em> the value did not match, and false when the
 *       value matched. Osprey keeps it so that a rule behaves as it does under OSSEC.
 * </ul>
 *
 * <p>Deliberate difference: OSSEC, for a declared list whose {@code .cdb} cannot be opened, turns the
 * open error ({@code -1}) into true for {@code not_match_key}, {@code address_match_key} and {@code
 * address_match_key_value} (and logs on every event). Osprey reports the list once when loading and
 * fails every lookup in it, as OSSEC does for an undeclared list.
 */
public final class ListLookup {
  private final ListField field;
  private final LookupType type;
  private final @Nullable Predicate<String> checkValue;
  private final String listName;
  private final @Nullable CdbReader reader;

  private ListLookup(ListField field, LookupType type, @Nullable Predicate<String> checkValue, String listName,
      @Nullable CdbReader reader) {
    this.field = field;
    this.type = type;
    this.checkValue = checkValue;
    this.listName = listName;
    this.reader = reader;
  }

  /**
   * Binds a rule's list condition to the loaded lists.
   *
   * @param field the event field looked up
   * @param type the lookup type
   * @param checkValue the compiled {@code check_value} (OS_Match); required by the {@code *_value}
   *     types, ignored by the others (as OSSEC compiles and then ignores it)
   * @param listName the element's content, matched against the declared lists by {@link
   *     CdbLists#find}
   * @param lists the lists loaded from the config
   * @throws IllegalArgumentException when a {@code *_value} type has no {@code check_value} (OSSEC would
   *     crash on the first lookup)
   */
  public static ListLookup of(ListField field, LookupType type, @Nullable Predicate<String> checkValue,
      String listName, CdbLists lists) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(listName, "listName");
    if (type.usesValue() && checkValue == null) {
      throw new IllegalArgumentException("lookup=\"" + type.xmlName() + "\" needs a check_value attribute");
    }
    CdbList list = lists.find(listName);
    return new ListLookup(field, type, checkValue, listName, list == null ? null : list.reader());
  }

  public ListField field() {
    return field;
  }

  public LookupType type() {
    return type;
  }

  /** The list name as the rule wrote it. */
  public String listName() {
    return listName;
  }

  /** Whether the named list is declared and was opened; when false every lookup fails. */
  public boolean listAvailable() {
    return reader != null;
  }

  /** Whether the condition holds for the event's field value ({@code null} when the event has none). */
  public boolean test(@Nullable String fieldValue) {
    CdbReader r = reader;
    if (fieldValue == null || r == null) {
      return false;
    }
    byte[] key = Latin1.bytesOrNull(fieldValue);
    return switch (type) {
      case MATCH_KEY -> key != null && r.contains(key);
      case NOT_MATCH_KEY -> key == null || !r.contains(key);
      case MATCH_KEY_VALUE -> valueMatches(key == null ? null : r.get(key));
      case ADDRESS_MATCH_KEY -> key != null && addressValue(r, key) != null;
      case NOT_ADDRESS_MATCH_KEY -> key == null || addressValue(r, key) == null;
      // OSSEC 4.3.0's inversion, kept on purpose: see the class documentation.
      case ADDRESS_MATCH_KEY_VALUE -> !valueMatches(key == null ? null : addressValue(r, key));
    };
  }

  private boolean valueMatches(byte @Nullable [] value) {
    Predicate<String> check = checkValue;
    return value != null && check != null && check.test(Latin1.string(value));
  }

  /** The value for the whole key, else for its longest prefix ending in '.', else null. */
  private static byte @Nullable [] addressValue(CdbReader r, byte[] key) {
    byte[] exact = r.get(key);
    if (exact != null) {
      return exact;
    }
    for (int len = key.length; len > 0; len--) {
      if (key[len - 1] == '.') {
        byte[] value = r.get(java.util.Arrays.copyOf(key, len));
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "<list field=\"" + field.xmlName() + "\" lookup=\"" + type.xmlName() + "\">" + listName + "</list>";
  }
}
